/**
 * The command line (picocli): one class per command, with what commands share as mixins: options
 * ({@code FormatsOption}, {@code TemplatesOption}) and where a command prints and how it refuses
 * ({@code Console}). Exit status 0, 1 (a fault in Rapporteur) or 2 (bad input, with located messages). Commands
 * parse arguments and print; the work is done by {@code build}, {@code preview} and {@code scaffold}.
 * <p>May use: everything.
 */
package org.rapporteur.cli;
