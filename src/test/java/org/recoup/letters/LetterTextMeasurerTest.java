package org.recoup.letters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LetterTextMeasurerTest {

    @Test
    void breaksAfterSpacesNotInsideWords() {
        assertThat(LetterTextMeasurer.canBreakBetween("pay now", 3, 4)).isTrue();
        assertThat(LetterTextMeasurer.canBreakBetween("pay now", 2, 3)).isFalse();
        assertThat(LetterTextMeasurer.canBreakBetween("pay now", 4, 5)).isFalse();
    }

    @Test
    void breaksBetweenChineseCharactersButNotBeforeClosingOrAfterOpeningPunctuation() {
        assertThat(LetterTextMeasurer.canBreakBetween("欠款金额", 1, 2)).isTrue();
        assertThat(LetterTextMeasurer.canBreakBetween("欠款，金额", 1, 2)).isFalse();
        assertThat(LetterTextMeasurer.canBreakBetween("欠款。", 1, 2)).isFalse();
        assertThat(LetterTextMeasurer.canBreakBetween("（委托方）", 0, 1)).isFalse();
        assertThat(LetterTextMeasurer.canBreakBetween("欠款US$", 1, 2)).isTrue();
        assertThat(LetterTextMeasurer.canBreakBetween("$1,234.50", 2, 3)).isFalse();
    }
}
