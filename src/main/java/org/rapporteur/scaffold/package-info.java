/**
 * Starting and generating report folders: {@code rapporteur new} (a skeleton per framework with TODO markers and
 * schema hints) and the synthetic reports used by benchmarks.
 * <p>May use: {@code source}, {@code framework}.
 */
package org.rapporteur.scaffold;
