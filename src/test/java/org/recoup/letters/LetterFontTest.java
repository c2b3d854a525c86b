package org.recoup.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LetterFontTest {

    /** The 8,105 characters of 通用规范汉字表, from the test resource (source noted in it). */
    static List<Integer> generalStandardCharacters() throws Exception {
        List<Integer> cps = new ArrayList<>();
        try (InputStream in = LetterFontTest.class.getResourceAsStream("tongyong-guifan-hanzi-8105.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] cols = line.split("\t");
                    int cp = Integer.parseInt(cols[1].substring(2), 16);
                    assertThat(cols[2].codePointAt(0)).isEqualTo(cp);
                    cps.add(cp);
                }
            }
        }
        return cps;
    }

    @Test
    void fontHasAGlyphForEveryCharacterOfTheGeneralStandardTable() throws Exception {
        List<Integer> table = generalStandardCharacters();
        assertThat(table).hasSize(8105).doesNotHaveDuplicates();
        List<String> missing = new ArrayList<>();
        for (int cp : table) {
            if (!LetterFont.canDisplay(cp)) {
                missing.add(new String(Character.toChars(cp)));
            }
        }
        assertThat(missing).as("characters of 通用规范汉字表 without a glyph").isEmpty();
    }

    @Test
    void bothWeightsDisplayTheTableInJava2d() throws Exception {
        List<Integer> table = generalStandardCharacters();
        for (byte[] bytes : List.of(LetterFont.regularBytes(), LetterFont.boldBytes())) {
            Font font = Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(bytes));
            assertThat(table.stream().filter(cp -> !font.canDisplay(cp)).toList()).isEmpty();
        }
    }

    @Test
    void rareNameCharactersLatinAndLetterSignsPrint() {
        String text = "张堃 李犇 王淼 陈喆 Zhang Kun Müller O'Connor ¥£$€ 1,234.50 ，。、：；（）《》“”‘’—…·□ № ℃ ①";
        assertThat(LetterFont.missing(text)).isEmpty();
    }

    @Test
    void charactersOutsideTheFontAreNamed() {
        assertThat(LetterFont.missing("吴頔")).containsExactly("頔 (U+9814)");
    }

    @Test
    void fontShipsWithItsLicence() throws Exception {
        try (InputStream in = LetterFont.class.getResourceAsStream("/fonts/noto-sans-sc/OFL.txt")) {
            assertThat(in).isNotNull();
            String licence = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(licence).contains("SIL Open Font License, Version 1.1");
        }
    }

    @Test
    void fontHasTrueTypeOutlines() {
        byte[] regular = LetterFont.regularBytes();
        assertThat(new String(regular, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("\0\1\0\0");
        assertThat(LetterFont.characterCount()).isGreaterThan(8105);
    }
}
