/**
 * Stage <b>check</b>: what a loaded report must satisfy before it is rated and published: structure against the
 * framework ({@code ReportChecker}), agreement with the calculated ratings ({@code RatingChecks}), lints, privacy,
 * characters the fonts can print ({@code CharacterCheck}), printed size, and what a final build refuses
 * ({@code PublicationCheck}). Only reports problems; changes nothing.
 * <p>May use: {@code source}, {@code model}, {@code framework}, {@code text}, {@code rate} (its result types).
 */
package org.rapporteur.check;
