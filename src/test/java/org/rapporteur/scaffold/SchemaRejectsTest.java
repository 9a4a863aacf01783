package org.rapporteur.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Wrong documents are flagged by the schemas, as an editor would flag them; right ones in every form pass. */
class SchemaRejectsTest {

    static final String METADATA = """
            framework: hmip-youth-2021
            service: { name: Testshire Youth Justice Service, shortName: Testshire YJS, kind: YJS, area: Testshire }
            inspectorate: HM Inspectorate of Probation
            joint: yes
            fieldwork: { start: 2025-10-06, end: 2025-10-17 }
            sampleWindow: { start: 2024-10-01, end: 2025-07-31 }
            published: 2026-01
            leadInspector: Ann Example
            chiefInspector: { name: Bo Example, title: HM Chief Inspector of Probation }
            isbn: 978-1-0000-0000-9
            interviews: 36
            sample: { court: 19, out-of-court: 29 }
            lints: { per-cent: off, small-numbers: error }
            """;

    static final String STANDARD = """
            rating: Good
            narrative: |
              Text.
            strengths: [One., Two.]
            areasForImprovement: [Three.]
            practiceExamples:
              - { title: Good practice example, text: "Jay ...", namesChanged: true }
            quotes:
              - { text: "They listened.", from: child }
            """;

    static final String CASES = """
            cases:
              - id: C01
                type: court
                disposal: Referral order
                answers:
                  2.1.1: { answer: yes, prompts: YYNY-YYYY }
                  2.1.2: no
                  2.1.3: n/a
                  2.2.1: { answer: no, prompts: { a: yes, b: no, c: n/a } }
                  2.2.2: { answer: "yes", prompts: "Y N -" }
                  2.2.3: { answer: n/a, prompts: N }
              - id: R01
                type: resettlement
            """;

    private static List<String> problems(String schema, String yaml) {
        return SchemaSupport.problems(schema, yaml);
    }

    @Test
    void rightDocumentsPassUnderBothYamlReadings() {
        assertThat(problems(Schemas.REPORT, METADATA)).isEmpty();
        assertThat(problems(Schemas.STANDARD, STANDARD)).isEmpty();
        assertThat(problems(Schemas.CASES, CASES)).isEmpty();
        assertThat(problems(Schemas.REPORT, "isbn:\ninterviews:\njoint: false\n")).isEmpty();
        assertThat(problems(Schemas.REPORT, "glossary: { AssetPlus: The national assessment framework. }\n"))
                .isEmpty();
        assertThat(problems(Schemas.REPORT, "standards:\n  \"1.1\": { rating: Good }\n  4.1: { rating: Good }\n"))
                .isEmpty();
        assertThat(problems(Schemas.STANDARD, """
                discretion: { rating: Good, keyQuestion: 2.4.3, reason: Because. }
                figures: { 2.4.1: 87, 2.4.2: "67%", 2.4.3: 100 }
                """)).isEmpty();
    }

    @Test
    void yesAndNoReadAsBooleansAreAccepted() {
        // An editor reading YAML 1.1 sees `answer: yes` as `true`; the tree under that reading must pass
        assertThat(SchemaSupport.tree("a: yes", SchemaSupport.Reading.YAML_1_1).get("a").isBoolean()).isTrue();
        assertThat(SchemaSupport.tree("a: yes", SchemaSupport.Reading.YAML_1_2).get("a").isString()).isTrue();
        assertThat(problems(Schemas.CASES, """
                cases:
                  - { id: C1, type: court, answers: { 2.1.1: true, 2.1.2: false, 2.1.3: { answer: true } } }
                """)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            misspelt top-level key           | report.schema.json   | leadInspektor: Ann Example
            misspelt nested key              | report.schema.json   | service: { name: X, kind: YJS, area: X, shortname: X }
            service kind                     | report.schema.json   | service: { name: X, kind: YJT, area: X }
            service without its area         | report.schema.json   | service: { name: X, kind: YJS }
            date that is no date             | report.schema.json   | fieldwork: { start: 6 October 2025, end: 2025-10-17 }
            month 13                         | report.schema.json   | fieldwork: { start: 2025-13-06, end: 2025-10-17 }
            publication month with a day     | report.schema.json   | published: 2026-01-15
            publication month in one digit   | report.schema.json   | published: 2026-1
            interviews as text               | report.schema.json   | interviews: many
            lint level                       | report.schema.json   | lints: { per-cent: fatal }
            lint rule                        | report.schema.json   | lints: { per-sent: off }
            sample count                     | report.schema.json   | sample: { court: nineteen }
            table row that is not a list     | report.schema.json   | contextualFacts: [ { title: T, columns: [A], rows: [ A ] } ]
            recommendation group without to  | report.schema.json   | recommendations: [ { items: [ do this ] } ]
            standard key that is no id       | report.schema.json   | standards: { one: { rating: Good } }
            rating in lower case             | standard.schema.json | rating: good
            rating in title case             | standard.schema.json | rating: Requires Improvement
            misspelt standard key            | standard.schema.json | areasForImprovment: [ x ]
            discretion without a reason      | standard.schema.json | discretion: { rating: Good }
            discretion rating                | standard.schema.json | discretion: { rating: OK, reason: x }
            figure over 100                  | standard.schema.json | figures: { 2.4.1: 101 }
            figure key                       | standard.schema.json | figures: { 2.4: 80 }
            strengths as one text            | standard.schema.json | strengths: One strength.
            answer maybe                     | cases.schema.json    | cases: [ { id: C1, type: court, answers: { 2.1.1: maybe } } ]
            answer in prompts mapping        | cases.schema.json    | cases: [ { id: C1, type: court, answers: { 2.1.1: { answer: yes, prompts: { a: maybe } } } } ]
            prompt letter                    | cases.schema.json    | cases: [ { id: C1, type: court, answers: { 2.1.1: { answer: yes, prompts: YYX } } } ]
            lower-case prompts               | cases.schema.json    | cases: [ { id: C1, type: court, answers: { 2.1.1: { answer: yes, prompts: yyn } } } ]
            prompts without answer           | cases.schema.json    | cases: [ { id: C1, type: court, answers: { 2.1.1: { prompts: YYN } } } ]
            key question id                  | cases.schema.json    | cases: [ { id: C1, type: court, answers: { 2.1: yes } } ]
            misspelt case key                | cases.schema.json    | cases: [ { id: C1, type: court, answer: { 2.1.1: yes } } ]
            case without id                  | cases.schema.json    | cases: [ { type: court } ]
            other sections in a cases file   | cases.schema.json    | foreword: Text.
            """)
    void wrongDocumentIsRejected(String what, String schema, String yaml) {
        assertThat(problems(schema, yaml)).as(what).isNotEmpty();
    }

    @Test
    void ratingWithItsQuotesIsRejected() {
        assertThat(problems(Schemas.STANDARD, "rating: \"'Good'\"\n")).isNotEmpty();
    }

    @Test
    void problemsNameThePlace() {
        assertThat(problems(Schemas.STANDARD, "rating: good\n")).anySatisfy(p -> assertThat(p).contains("rating"));
        assertThat(problems(Schemas.REPORT, "leadInspektor: x\n"))
                .anySatisfy(p -> assertThat(p).contains("leadInspektor"));
    }
}
