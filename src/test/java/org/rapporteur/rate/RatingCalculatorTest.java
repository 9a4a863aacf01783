package org.rapporteur.rate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapporteur.framework.Framework;
import org.rapporteur.model.Report;

class RatingCalculatorTest {

    static final Framework F = Fixtures.framework2021();

    static StandardRating rateOne(String keyQuestion, int yes, int no, int na) {
        Fixtures.Builder b = Fixtures.report();
        Fixtures.casesFor(F, keyQuestion, yes, no, na).forEach(b::addCase);
        String standard = keyQuestion.substring(0, keyQuestion.lastIndexOf('.'));
        return RatingCalculator.rate(F, b.build()).standard(standard).orElseThrow();
    }

    @ParameterizedTest(name = "{0} yes of {1} applicable -> {2}% {3}")
    @CsvSource({
        "49, 100, 49, Inadequate",
        "50, 100, 50, Requires improvement",
        "64, 100, 64, Requires improvement",
        "65, 100, 65, Good",
        "79, 100, 79, Good",
        "80, 100, 80, Outstanding",
        "159, 200, 80, Outstanding",   // 79.5 prints as 80, so it is banded as 80
        "129, 200, 65, Good",          // 64.5 -> 65
        "99, 200, 50, Requires improvement", // 49.5 -> 50
        "158, 200, 79, Good",
        "0, 7, 0, Inadequate",
        "7, 7, 100, Outstanding",
    })
    void bandFollowsThePrintedNumber(int yes, int applicable, int percent, String rating) {
        StandardRating r = rateOne("2.1.2", yes, applicable - yes, 0);
        KeyQuestionResult kq = r.keyQuestions().get(1);
        assertThat(kq.percent()).isEqualTo(percent);
        assertThat(kq.band().rating().name()).isEqualTo(rating);
        assertThat(r.rating().name()).isEqualTo(rating);
        assertThat(r.explanation()).anySatisfy(l -> assertThat(l).contains("2.1.2").contains(percent + "%"));
    }

    @Test
    void notApplicableCasesAreLeftOutOfTheDenominator() {
        StandardRating r = rateOne("2.2.3", 4, 1, 5);
        KeyQuestionResult kq = r.keyQuestions().get(2);
        assertThat(kq.tally().applicable()).isEqualTo(5);
        assertThat(kq.percent()).isEqualTo(80);
        assertThat(r.rating().name()).isEqualTo("Outstanding");
    }

    @Test
    void aKeyQuestionNoCaseAppliesToIsLeftOutAndSaid() {
        StandardRating r = rateOne("2.3.2", 0, 0, 6);
        assertThat(r.keyQuestions().get(1).percent()).isNull();
        assertThat(r.rating().name()).isEqualTo("Outstanding"); // the other two are 100%
        assertThat(r.explanation()).anySatisfy(l -> assertThat(l).contains("2.3.2").contains("applied to none"));
    }

    @Test
    void allNotApplicableLeavesTheStandardUnratedAndTheScoreOpen() {
        Fixtures.Builder b = Fixtures.report();
        b.addCase(Fixtures.uniformCase(F, "C1", "court", org.rapporteur.model.Answer.NOT_APPLICABLE));
        Ratings r = RatingCalculator.rate(F, b.build());
        StandardRating assessment = r.standard("2.1").orElseThrow();
        assertThat(assessment.rated()).isFalse();
        assertThat(assessment.explanation()).anySatisfy(l -> assertThat(l).startsWith("Not rated"));
        assertThat(r.score()).isNull();
        assertThat(r.overall()).isNull();
        assertThat(r.explanation().get(0)).contains("No score").contains("2.1");
    }

    @Test
    void tiesOnTheLowestAreAllMarked() {
        Fixtures.Builder b = Fixtures.report().figure("2.4.1", 74).figure("2.4.2", 63).figure("2.4.3", 63);
        StandardRating r = RatingCalculator.rate(F, b.build()).standard("2.4").orElseThrow();
        assertThat(r.lowest()).extracting(KeyQuestionResult::id).containsExactly("2.4.2", "2.4.3");
        assertThat(r.explanation().get(0)).contains("2.4.2 and 2.4.3");
    }

    @Test
    void discretionChangesTheRatingAndStaysVisible() {
        Fixtures.Builder b = Fixtures.report().figure("2.4.1", 87).figure("2.4.2", 67).figure("2.4.3", 61)
                .discretion("2.4", "Good", "Recent reviews showed sustained improvement.");
        StandardRating r = RatingCalculator.rate(F, b.build()).standard("2.4").orElseThrow();
        assertThat(r.calculated().name()).isEqualTo("Requires improvement");
        assertThat(r.rating().name()).isEqualTo("Good");
        assertThat(r.discretionApplied()).isTrue();
        assertThat(r.explanation()).anySatisfy(l -> assertThat(l).contains("Professional discretion")
                .contains("Recent reviews showed sustained improvement."));
    }

    @Test
    void discretionWithoutAReasonIsNotApplied() {
        Fixtures.Builder b = Fixtures.report().figure("2.4.1", 87).figure("2.4.2", 67).figure("2.4.3", 61)
                .discretion("2.4", "Good", " ");
        StandardRating r = RatingCalculator.rate(F, b.build()).standard("2.4").orElseThrow();
        assertThat(r.rating().name()).isEqualTo("Requires improvement");
    }

    static Fixtures.Builder allStandards(String qualitative, int percent) {
        Fixtures.Builder b = Fixtures.report();
        for (String s : new String[] {"1.1", "1.2", "1.3", "1.4", "3.4"}) {
            b.rating(s, qualitative);
        }
        for (String s : new String[] {"2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3"}) {
            b.allFigures(F, s, percent);
        }
        return b;
    }

    @ParameterizedTest(name = "score {0} -> {1}")
    @CsvSource({
        "0, Inadequate", "6, Inadequate", "7, Requires improvement", "18, Requires improvement",
        "19, Good", "30, Good", "31, Outstanding", "36, Outstanding",
    })
    void scoreBands(int score, String overall) {
        // build exactly `score` points from twelve standards, greedily 3 points each
        Fixtures.Builder b = Fixtures.report();
        String[] ids = {"1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4"};
        String[] byScore = {"Inadequate", "Requires improvement", "Good", "Outstanding"};
        int[] percentByScore = {40, 55, 70, 90};
        int left = score;
        for (String id : ids) {
            int points = Math.min(3, left);
            left -= points;
            if (F.standard(id).orElseThrow().ratedFromCases()) {
                b.allFigures(F, id, percentByScore[points]);
            } else {
                b.rating(id, byScore[points]);
            }
        }
        b.sample("resettlement", 2).rating("4.1", "Good");
        Ratings r = RatingCalculator.rate(F, b.build());
        assertThat(r.score()).isEqualTo(score);
        assertThat(r.overall().name()).isEqualTo(overall);
    }

    @Test
    void resettlementIsOutsideTheScore() {
        Report good = allStandards("Good", 70).sample("resettlement", 3).rating("4.1", "Outstanding").build();
        Report poor = allStandards("Good", 70).sample("resettlement", 3).rating("4.1", "Requires improvement").build();
        assertThat(RatingCalculator.rate(F, good).score()).isEqualTo(24);
        assertThat(RatingCalculator.rate(F, poor).score()).isEqualTo(24);
    }

    @Test
    void inadequateResettlementStopsAnOutstandingOverallRating() {
        Ratings limited = RatingCalculator.rate(F, allStandards("Outstanding", 90).sample("resettlement", 2)
                .rating("4.1", "Inadequate").build());
        assertThat(limited.score()).isEqualTo(36);
        assertThat(limited.overall().name()).isEqualTo("Good");
        assertThat(limited.explanation()).anySatisfy(l -> assertThat(l).contains("Limiting judgement")
                .contains("4.1"));

        Ratings notLimited = RatingCalculator.rate(F, allStandards("Outstanding", 90).sample("resettlement", 2)
                .rating("4.1", "Requires improvement").build());
        assertThat(notLimited.overall().name()).isEqualTo("Outstanding");

        Ratings goodAnyway = RatingCalculator.rate(F, allStandards("Good", 70).sample("resettlement", 2)
                .rating("4.1", "Inadequate").build());
        assertThat(goodAnyway.overall().name()).isEqualTo("Good");
        assertThat(goodAnyway.explanation()).noneSatisfy(l -> assertThat(l).contains("Limiting"));
    }

    @Test
    void resettlementIsNotRatedWithoutCases() {
        Ratings r = RatingCalculator.rate(F, allStandards("Good", 70).rating("4.1", "Inadequate").build());
        StandardRating resettlement = r.standard("4.1").orElseThrow();
        assertThat(resettlement.rated()).isFalse();
        assertThat(resettlement.explanation().get(0)).contains("no resettlement case");
        assertThat(r.overall().name()).isEqualTo("Good");
        assertThat(r.score()).isEqualTo(24);
    }
}
