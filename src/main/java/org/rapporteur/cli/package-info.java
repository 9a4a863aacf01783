/**
 * The command line (picocli): one class per command, options shared through mixins; exit status 0, 1 (a fault in
 * Rapporteur) or 2 (bad input, with located messages). Commands parse arguments and print; the work is done by
 * {@code build}, {@code preview} and {@code scaffold}.
 * <p>May use: everything.
 */
package org.rapporteur.cli;
