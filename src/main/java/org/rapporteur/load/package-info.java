/**
 * Stage <b>load</b>: a report folder (or a council pack folder) to the {@code model}, reading only regular files inside
 * the folder ({@code ContentFiles}), within the size budgets ({@code TotalSize}).
 * <p>May use: {@code source}, {@code model}.
 */
package org.rapporteur.load;
