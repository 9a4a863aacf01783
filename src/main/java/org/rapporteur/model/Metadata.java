package org.rapporteur.model;

import java.time.YearMonth;
import java.util.Map;
import org.rapporteur.source.SourcePosition;

/**
 * What report.yaml says about the inspection. {@code sample} gives case counts per case type for reports
 * re-issued from published figures, where there is no case data; {@code lints} sets a lint rule's level
 * (error, warning or off) for this report; {@code outputName} names the outputs in place of the folder (null: the
 * folder's name).
 */
public record Metadata(String framework, SourcePosition frameworkAt, Service service, String inspectorate,
                       boolean joint, DateRange fieldwork, SourcePosition fieldworkAt, DateRange sampleWindow,
                       YearMonth published, SourcePosition publishedAt, String leadInspector, Person chiefInspector,
                       String isbn, Integer interviews, Map<String, Integer> sample, SourcePosition sampleAt,
                       Map<String, String> lints, Map<String, SourcePosition> lintsAt, String outputName) {

    public Metadata {
        sample = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sample));
        lints = Map.copyOf(lints);
        lintsAt = Map.copyOf(lintsAt);
    }

    /** Named after its folder. */
    public Metadata(String framework, SourcePosition frameworkAt, Service service, String inspectorate,
                    boolean joint, DateRange fieldwork, SourcePosition fieldworkAt, DateRange sampleWindow,
                    YearMonth published, SourcePosition publishedAt, String leadInspector, Person chiefInspector,
                    String isbn, Integer interviews, Map<String, Integer> sample, SourcePosition sampleAt,
                    Map<String, String> lints, Map<String, SourcePosition> lintsAt) {
        this(framework, frameworkAt, service, inspectorate, joint, fieldwork, fieldworkAt, sampleWindow, published,
                publishedAt, leadInspector, chiefInspector, isbn, interviews, sample, sampleAt, lints, lintsAt, null);
    }

    /** Without lint settings (every lint at its default level). */
    public Metadata(String framework, SourcePosition frameworkAt, Service service, String inspectorate,
                    boolean joint, DateRange fieldwork, SourcePosition fieldworkAt, DateRange sampleWindow,
                    YearMonth published, SourcePosition publishedAt, String leadInspector, Person chiefInspector,
                    String isbn, Integer interviews, Map<String, Integer> sample, SourcePosition sampleAt) {
        this(framework, frameworkAt, service, inspectorate, joint, fieldwork, fieldworkAt, sampleWindow, published,
                publishedAt, leadInspector, chiefInspector, isbn, interviews, sample, sampleAt, Map.of(), Map.of(),
                null);
    }
}
