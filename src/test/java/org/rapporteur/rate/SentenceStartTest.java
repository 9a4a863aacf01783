package org.rapporteur.rate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a bound figure starts a sentence (and so a capital): never merely after a line break inside one. */
class SentenceStartTest {

    private static boolean startsAt(String markdown) {
        return Figures.sentenceStart(markdown.replace("@", ""), markdown.indexOf('@'));
    }

    @Test
    void aLineBreakInsideASentenceStartsNothing() {
        assertThat(startsAt("Reviewing kept others safe in only\n@{{2.4.3 cases}}.")).isFalse();
        assertThat(startsAt("in only\n   @{{2.4.3 cases}}")).isFalse();
        assertThat(startsAt("- an item that goes on\n  @{{2.4.3 cases}}")).isFalse();
        assertThat(startsAt("in @{{2.4.3 cases}}")).isFalse();
        assertThat(startsAt("e.g.@{{2.4.3}}")).isFalse();
    }

    @Test
    void sentencesParagraphsItemsHeadingsAndQuotesStartOne() {
        assertThat(startsAt("@{{2.4.3 cases}} were late.")).isTrue();
        assertThat(startsAt("It was weak. @{{2.4.3 cases}}")).isTrue();
        assertThat(startsAt("It was weak.\n@{{2.4.3 cases}}")).isTrue();
        assertThat(startsAt("Was it weak?\"\n@{{2.4.3 cases}}")).isTrue();
        assertThat(startsAt("(It was weak.) @{{2.4.3 cases}}")).isTrue();
        assertThat(startsAt("One paragraph\n\n@{{2.4.3 cases}}")).isTrue();
        assertThat(startsAt("text\n- @{{2.4.3 cases}}")).isTrue();
        assertThat(startsAt("text\n12. @{{2.4.3 cases}}")).isTrue();
        assertThat(startsAt("> @{{2.4.3 cases}}")).isTrue();
        assertThat(startsAt("## @{{2.4.3 cases}}")).isTrue();
        assertThat(startsAt("## A heading\n@{{2.4.3 cases}}")).isTrue();
    }
}
