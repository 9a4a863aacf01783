/**
 * Stage <b>rate</b>: the calculator. {@code RatingCalculator} applies a framework's published rules to a report's case
 * data and judgements and explains every rating; it is pure (no files, no state). {@code Figures} resolves the
 * {{figure}} references prose may use.
 * <p>May use: {@code source}, {@code model}, {@code framework}, {@code text} (numbers in words).
 */
package org.rapporteur.rate;
