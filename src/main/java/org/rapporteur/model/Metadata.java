package org.rapporteur.model;

import java.time.YearMonth;
import java.util.Map;
import org.rapporteur.source.SourcePosition;

/**
 * What report.yaml says about the inspection. {@code sample} gives case counts per case type for reports
 * re-issued from published figures, where there is no case data.
 */
public record Metadata(String framework, SourcePosition frameworkAt, Service service, String inspectorate,
                       boolean joint, DateRange fieldwork, SourcePosition fieldworkAt, DateRange sampleWindow,
                       YearMonth published, SourcePosition publishedAt, String leadInspector, Person chiefInspector,
                       String isbn, Integer interviews, Map<String, Integer> sample, SourcePosition sampleAt) {

    public Metadata {
        sample = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sample));
    }
}
