package org.rapporteur.rate;

import org.rapporteur.framework.Framework;
import org.rapporteur.model.Report;

/** A checked report with its framework and ratings: what the render stage reads. */
public record RatedReport(Report report, Framework framework, Ratings ratings) {
}
