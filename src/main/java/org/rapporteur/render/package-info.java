/**
 * Stage <b>render</b>: a rated report (or pack) to one semantic XHTML document through its kind's FreeMarker
 * templates ({@code DocumentRenderer}, with the template model in {@code ReportView}, {@code PackView},
 * {@code ProgrammeView}). Content is data: templates auto-escape, and nothing an author types is evaluated.
 * <p>May use: {@code source}, {@code model}, {@code framework}, {@code rate}, {@code text}, {@code document}.
 */
package org.rapporteur.render;
