package org.rapporteur.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rapporteur.ReportFolder;
import org.rapporteur.source.Diagnostics;

/** The published reports' ratings come out of their printed figures exactly. */
class SeedRatingsTest {

    static Ratings rate(String seed) {
        Path dir = ReportFolder.project().resolve("src/test/resources/reports/" + seed);
        Diagnostics d = new Diagnostics();
        RatedReport rated = org.rapporteur.build.Pipeline.rated(dir, d).orElse(null);
        assertThat(d.all()).as("diagnostics of " + seed).isEmpty();
        assertThat(rated).isNotNull();
        return rated.ratings();
    }

    static Map<String, String> published(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    static Map<String, String> ratingsOf(Ratings r) {
        Map<String, String> m = new LinkedHashMap<>();
        r.standards().forEach(s -> m.put(s.id(), s.rating() == null ? null : s.rating().name()));
        return m;
    }

    @Test
    void seed000ScoresNineteenGood() {
        Ratings r = rate("seed-000");
        assertThat(r.score()).isEqualTo(19);
        assertThat(r.maxScore()).isEqualTo(36);
        assertThat(r.overall().name()).isEqualTo("Good");
        // seed 000 ratings page
        assertThat(ratingsOf(r)).containsExactlyEntriesOf(published(
                "1.1", "Requires improvement", "1.2", "Good", "1.3", "Good", "1.4", "Good",
                "2.1", "Inadequate", "2.2", "Requires improvement", "2.3", "Requires improvement",
                "2.4", "Requires improvement", "3.1", "Good", "3.2", "Outstanding", "3.3", "Good", "3.4", "Good",
                "4.1", "Outstanding"));
        // ties are kept: both 86% key questions of 3.2 are the lowest (printed bold in seed 000)
        assertThat(r.standard("3.2").orElseThrow().lowest()).extracting(KeyQuestionResult::id)
                .containsExactly("3.2.2", "3.2.3");
        assertThat(r.standard("2.1").orElseThrow().lowest()).extracting(KeyQuestionResult::id)
                .containsExactly("2.1.3");
    }

    @Test
    void seed004ScoresTwentySevenGood() {
        Ratings r = rate("seed-004");
        assertThat(r.score()).isEqualTo(27);
        assertThat(r.overall().name()).isEqualTo("Good");
        assertThat(ratingsOf(r)).containsExactlyEntriesOf(published(
                "1.1", "Good", "1.2", "Good", "1.3", "Good", "1.4", "Good",
                "2.1", "Outstanding", "2.2", "Good", "2.3", "Requires improvement", "2.4", "Good",
                "3.1", "Outstanding", "3.2", "Outstanding", "3.3", "Good", "3.4", "Outstanding",
                "4.1", "Requires improvement"));
        assertThat(r.explanation()).anySatisfy(line -> assertThat(line).contains("4.1").contains("does not count"));
    }

    @Test
    void seed003TotalsNineteenGoodWithDiscretionOnReviewing() {
        Ratings r = rate("seed-003");
        assertThat(r.score()).isEqualTo(19);
        assertThat(r.overall().name()).isEqualTo("Good");
        assertThat(r.framework().scoring().printed()).isFalse();
        assertThat(ratingsOf(r)).containsExactlyEntriesOf(published(
                "1.1", "Good", "1.2", "Requires improvement", "1.3", "Good", "1.4", "Good",
                "2.1", "Good", "2.2", "Requires improvement", "2.3", "Good", "2.4", "Good",
                "3.1", "Inadequate", "3.2", "Requires improvement", "3.3", "Requires improvement",
                "3.4", "Outstanding"));
        StandardRating reviewing = r.standard("2.4").orElseThrow();
        assertThat(reviewing.calculated().name()).isEqualTo("Requires improvement");
        assertThat(reviewing.discretionApplied()).isTrue();
        assertThat(reviewing.discretion().keyQuestion()).isEqualTo("2.4.3");
        assertThat(String.join(" ", reviewing.explanation())).contains("Professional discretion")
                .contains("'Good' instead of 'Requires improvement'").contains("2.4.3");
    }
}
