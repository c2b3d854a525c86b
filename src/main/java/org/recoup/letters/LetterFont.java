package org.recoup.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The one font of every letter: Noto Sans SC (SIL OFL 1.1), TrueType outlines, subset to
 * Recoup's character set (通用规范汉字表, GB 2312, Latin, punctuation). Regular and bold.
 */
public final class LetterFont {

    /** The family name the report designs use (fonts/recoup-fonts.xml). */
    public static final String FAMILY = "Recoup Sans";
    static final String REGULAR = "/fonts/noto-sans-sc/NotoSansSC-Recoup-Regular.ttf";
    static final String BOLD = "/fonts/noto-sans-sc/NotoSansSC-Recoup-Bold.ttf";

    private static volatile byte[] regularBytes;
    private static volatile byte[] boldBytes;
    private static volatile BitSet covered;

    private LetterFont() {
    }

    static byte[] regularBytes() {
        if (regularBytes == null) {
            regularBytes = read(REGULAR);
        }
        return regularBytes;
    }

    static byte[] boldBytes() {
        if (boldBytes == null) {
            boldBytes = read(BOLD);
        }
        return boldBytes;
    }

    /** A new parsed copy of the font (fontbox fonts are not thread-safe: one per thread). */
    static TrueTypeFont parse(boolean bold) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(bold ? boldBytes() : regularBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the font has a glyph for a code point (both weights have the same characters). */
    public static boolean canDisplay(int codePoint) {
        return coverage().get(codePoint);
    }

    /** The characters of a text that the font cannot print (line breaks and tabs are fine). */
    public static List<String> missing(String text) {
        List<String> missing = new ArrayList<>();
        BitSet cover = coverage();
        text.codePoints().forEach(cp -> {
            if (cp != '\n' && cp != '\r' && cp != '\t' && !cover.get(cp)) {
                String s = new String(Character.toChars(cp)) + " (U+" + String.format("%04X", cp) + ")";
                if (!missing.contains(s)) {
                    missing.add(s);
                }
            }
        });
        return missing;
    }

    /** How many characters the font maps. */
    public static int characterCount() {
        return coverage().cardinality();
    }

    private static BitSet coverage() {
        BitSet c = covered;
        if (c == null) {
            synchronized (LetterFont.class) {
                if (covered == null) {
                    BitSet set = new BitSet(0x10000);
                    try (TrueTypeFont ttf = parse(false)) {
                        CmapLookup cmap = ttf.getUnicodeCmapLookup();
                        for (int cp = 0; cp < 0x30000; cp++) {
                            if (cmap.getGlyphId(cp) > 0) {
                                set.set(cp);
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    covered = set;
                }
                c = covered;
            }
        }
        return c;
    }

    private static byte[] read(String resource) {
        try (InputStream in = LetterFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
