/**
 * Stage <b>write</b>: back-ends that read the {@code document} (never the model) and write one format each, through
 * {@link org.rapporteur.write.DocumentWriter}, saying what they produced ({@code Written}). {@code Writers} makes
 * them by format name for a kind's {@code HouseStyle}.
 * <p>May use: {@code document}, {@code source}; not {@code model}, {@code load}, {@code check}, {@code rate} or
 * {@code render}.
 */
package org.rapporteur.write;
