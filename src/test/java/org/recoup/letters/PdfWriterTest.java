package org.recoup.letters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfWriterTest {

    @Test
    void linesBreakAtLineBreaksAndAtTheMeasuredSoftBreaks() {
        // soft breaks at 16 and 26 (distances 16, 10); the hard break after "short line" is not listed
        String text = "short line\nabcd efgh ijkl mnop qrst";
        assertThat(PdfWriter.lines(text, new short[] {16, 10}))
                .containsExactly("short line", "abcd ", "efgh ijkl ", "mnop qrst");
        assertThat(PdfWriter.lines("one\n\nthree", new short[0])).containsExactly("one", "", "three");
        assertThat(PdfWriter.lines("tab\there", null)).containsExactly("tab here");
    }

    @Test
    void numbersAreWrittenShortAndExact() {
        PdfWriter.Bytes b = new PdfWriter.Bytes(16);
        b.number(12.5f).ascii(" ").number(-0.25f).ascii(" ").number(3f).ascii(" ").number(0.122f, 3);
        assertThat(new String(b.toArray(), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("12.5 -0.25 3 0.122");
    }

    @Test
    void codesThatLookLikeStringDelimitersAreEscaped() {
        PdfWriter.Bytes b = new PdfWriter.Bytes(16);
        b.cid(0x2829).cid(0x5C0A);
        assertThat(b.toArray()).containsExactly('\\', '(', '\\', ')', '\\', '\\', '\\', 'n');
    }
}
