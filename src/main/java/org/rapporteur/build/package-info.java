/**
 * The pipeline, in one place: load, check and rate ({@code Pipeline}), then render and write
 * ({@code ReportBuild}), for one report or a batch ({@code Batch}), with one {@code BuildSettings} (formats, draft or
 * final, output folder, templates, the build date read once by {@code BuildDate}). The commands, the preview and the
 * benchmark all build through here.
 * <p>May use: every stage package and {@code files}.
 */
package org.rapporteur.build;
