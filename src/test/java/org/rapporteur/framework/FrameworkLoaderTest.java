package org.rapporteur.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.SourcePosition;
import org.rapporteur.source.YamlFile;

class FrameworkLoaderTest {

    static final SourcePosition AT = SourcePosition.startOf(Path.of("report.yaml"));

    static Framework load(String id) {
        Diagnostics d = new Diagnostics();
        Framework f = FrameworkLoader.load(id, AT, d).orElse(null);
        assertThat(d.all()).isEmpty();
        return f;
    }

    @Test
    void bothFrameworksShip() {
        assertThat(FrameworkLoader.available()).contains("hmip-youth-2021", "hmip-youth-2018");
    }

    @Test
    void framework2021HasThirteenStandardsTwelveScored() {
        Framework f = load("hmip-youth-2021");
        assertThat(f.standards()).extracting(Standard::id).containsExactly("1.1", "1.2", "1.3", "1.4", "2.1", "2.2",
                "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "4.1");
        assertThat(f.scoredStandards()).hasSize(12);
        assertThat(f.maxScore()).isEqualTo(36);
        assertThat(f.standard("3.4").orElseThrow().name()).isEqualTo("Out-of-court disposal policy and provision");
        assertThat(f.standard("3.4").orElseThrow().ratedFromCases()).isFalse();
        Standard resettlement = f.standard("4.1").orElseThrow();
        assertThat(resettlement.scored()).isFalse();
        assertThat(resettlement.ratedOnlyWithCases()).isEqualTo("resettlement");
        // seed 000, 2.1 headline and key questions (seed 004 Annexe 2)
        Standard assessment = f.standard("2.1").orElseThrow();
        assertThat(assessment.headline()).startsWith("Assessment is well-informed, analytical");
        assertThat(assessment.keyQuestions()).extracting(KeyQuestion::text).containsExactly(
                "Does assessment sufficiently analyse how to support the child's desistance?",
                "Does assessment sufficiently analyse how to keep the child safe?",
                "Does assessment sufficiently analyse how to keep other people safe?");
        assertThat(assessment.keyQuestions().get(0).prompts()).hasSize(9);
        assertThat(f.standard("2.4").orElseThrow().keyQuestions().get(0).prompts())
                .extracting(Prompt::letter).containsExactly("a", "b", "c", "d", "e", "f", "g");
        assertThat(f.bands()).extracting(Band::range).containsExactly("80%+", "65-79%", "50-64%", "under 50%");
        assertThat(f.scoring().printed()).isTrue();
        assertThat(f.scoring().limitingJudgements()).singleElement()
                .satisfies(l -> assertThat(l.standard()).isEqualTo("4.1"));
        assertThat(f.childTerm()).isEqualTo("child");
    }

    @Test
    void framework2018HasJointWorkingAndNoResettlement() {
        Framework f = load("hmip-youth-2018");
        assertThat(f.standards()).hasSize(12);
        assertThat(f.standard("4.1")).isEmpty();
        Standard joint = f.standard("3.4").orElseThrow();
        assertThat(joint.name()).isEqualTo("Joint working");
        assertThat(joint.ratedFromCases()).isTrue();
        assertThat(joint.keyQuestions()).extracting(KeyQuestion::id).containsExactly("3.4.1", "3.4.2");
        assertThat(f.scoring().printed()).isFalse();
        assertThat(f.childTerm()).isEqualTo("child or young person");
    }

    @Test
    void anUnknownFrameworkIsReportedWithASuggestion() {
        Diagnostics d = new Diagnostics();
        assertThat(FrameworkLoader.load("hmip-youth-2020", AT, d)).isEmpty();
        assertThat(d.all()).singleElement().satisfies(x -> {
            assertThat(x.message()).contains("unknown framework 'hmip-youth-2020'");
            assertThat(x.hint()).contains("did you mean");
        });
    }

    @Test
    void aBrokenFrameworkFileIsReportedNotThrown() {
        Diagnostics d = new Diagnostics();
        String text = """
                id: broken
                title: Broken
                inspectorate: Nobody
                reportKind: none
                ratings: [{ name: Poor, score: 0 }, { name: Fine, score: 1 }]
                bands: [{ min: 50, rating: Fine }, { min: 10, rating: Poor }]
                scoring: { overall: [{ min: 0, rating: Fien }] }
                caseTypes: []
                domains: [{ id: 1, name: One, standards: [{ id: "1.1", name: A, method: cases }] }]
                """;
        var result = YamlFile.parse(Path.of("frameworks/broken.yaml"), text, d)
                .flatMap(v -> FrameworkLoader.read(v, "broken", d));
        assertThat(result).isEmpty();
        assertThat(d.all()).extracting(x -> x.message()).anySatisfy(m -> assertThat(m).contains("unknown rating 'Fien'"))
                .anySatisfy(m -> assertThat(m).contains("must reach down to 0%"))
                .anySatisfy(m -> assertThat(m).contains("needs 'caseType'"));
    }

    static java.util.List<String> problems(String ratings) {
        Diagnostics d = new Diagnostics();
        String text = "id: scale\ntitle: Scale\ninspectorate: Nobody\nreportKind: none\n" + ratings
                + "domains: [{ id: 1, name: One, standards: [{ id: \"1.1\", name: A, method: qualitative }] }]\n";
        var result = YamlFile.parse(Path.of("frameworks/scale.yaml"), text, d)
                .flatMap(v -> FrameworkLoader.read(v, "scale", d));
        assertThat(result.isEmpty()).isEqualTo(d.hasErrors());
        return d.all().stream().map(x -> x.message() + " | " + x.hint()).toList();
    }

    @Test
    void everyRatingHasItsColoursAndTheFrameworkItsNotRated() {
        assertThat(problems("""
                ratings:
                  - { name: Low, score: 0, colour: "#AA0000", textColour: "#ffffff", shortName: L }
                  - { name: High, shown: Top, score: 1, colour: "#00aa00", textColour: "#000000" }
                notRated: { name: Unjudged, colour: "#cccccc", textColour: "#111111" }
                """)).isEmpty();
        assertThat(problems("""
                ratings:
                  - name: Low
                    score: 0
                    colour: #aa0000
                    textColour: "#fff"
                """)).anySatisfy(m -> assertThat(m).startsWith("no value for 'colour'").contains("in quotes"))
                .anySatisfy(m -> assertThat(m).startsWith("'#fff' is not a colour"))
                .anySatisfy(m -> assertThat(m).startsWith("a framework with ratings needs 'notRated'"));
        assertThat(problems("""
                ratings:
                  - { name: Not good, score: 0, colour: "#aa0000", textColour: "#ffffff" }
                  - { name: Not-good, score: 1, colour: "#00aa00", textColour: "#000000" }
                  - { name: "42", score: 2, colour: "#00aa00", textColour: "#000000" }
                notRated: { name: Unjudged, textColour: "#111111" }
                """)).anySatisfy(m -> assertThat(m).contains("gives the same CSS class (rating-not-good)"))
                .anySatisfy(m -> assertThat(m).contains("gives no CSS class name"))
                .anySatisfy(m -> assertThat(m).startsWith("missing 'colour'"));
    }

    @Test
    void theScaleKeepsItsOrderAndItsLook() {
        Framework f = load("hmip-youth-2021");
        assertThat(f.ratingsHighestFirst()).extracting(r -> r.label().slug())
                .containsExactly("outstanding", "good", "requires-improvement", "inadequate");
        assertThat(f.topRating().orElseThrow().label().colour()).isEqualTo("#0b5d1e");
        assertThat(f.middleRating().orElseThrow()).isEqualTo(f.ratingsHighestFirst().get(1));
        assertThat(f.notRated().slug()).isEqualTo("not-rated");
        assertThat(load("hmip-sqs-2016").notRated().word()).as("an unrated framework shows nothing").isEmpty();
    }

    @Test
    void aFrameworkCanBeReadFromAFolder(@org.junit.jupiter.api.io.TempDir Path tmp) throws java.io.IOException {
        java.nio.file.Files.writeString(tmp.resolve("letters.yaml"), """
                id: letters
                title: Letters
                inspectorate: Nobody
                reportKind: letter
                domains: []
                """);
        Diagnostics d = new Diagnostics();
        assertThat(FrameworkLoader.load(tmp, "letters", AT, d)).hasValueSatisfying(f ->
                assertThat(f.reportKind()).isEqualTo("letter"));
        assertThat(FrameworkLoader.load(tmp, "missing", AT, d)).isEmpty();
        assertThat(d.all()).singleElement().satisfies(x -> assertThat(x.message())
                .isEqualTo("unknown framework 'missing'"));
    }
}
