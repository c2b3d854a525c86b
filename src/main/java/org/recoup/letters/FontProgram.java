package org.recoup.letters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * One weight of the letter font, parsed once and then read-only (safe to share between threads):
 * its character map, advance widths and metrics, and a subsetter that writes a TrueType font of
 * only the glyphs a document uses, numbered 1..n in the order given (glyph 0 is .notdef).
 *
 * <p>Why our own subsetter: PDFBox's embedder builds the widths and CID map of all ~10,000 glyphs
 * for every document before it subsets, which was 60-70% of the time of writing a one-page letter
 * (docs/decisions/0061-letters-pdf-pipeline.md). This one copies the used glyphs' outlines
 * and writes the few tables a PDF's embedded TrueType font needs.
 */
final class FontProgram {

    private static volatile FontProgram regular;
    private static volatile FontProgram bold;

    final String postScriptName;
    final int unitsPerEm;
    final int xMin;
    final int yMin;
    final int xMax;
    final int yMax;
    final int ascender;
    final int descender;
    final int lineGap;
    final int capHeight;
    final boolean isBold;

    private final byte[] data;
    private final Map<String, int[]> tables = new HashMap<>();
    private final int numGlyphs;
    private final int[] loca;
    private final int[] advance;
    private final int[] lsb;
    private final char[] bmpGlyph = new char[0x10000];
    private final Map<Integer, Integer> otherGlyph = new HashMap<>();

    private FontProgram(byte[] data, TrueTypeFont ttf, boolean isBold) throws IOException {
        this.data = data;
        this.isBold = isBold;
        ByteBuffer b = ByteBuffer.wrap(data);
        int count = b.getShort(4) & 0xFFFF;
        for (int i = 0; i < count; i++) {
            int rec = 12 + 16 * i;
            String tag = new String(data, rec, 4, java.nio.charset.StandardCharsets.US_ASCII);
            tables.put(tag, new int[] {b.getInt(rec + 8), b.getInt(rec + 12)});
        }
        int head = table("head");
        unitsPerEm = b.getShort(head + 18) & 0xFFFF;
        xMin = b.getShort(head + 36);
        yMin = b.getShort(head + 38);
        xMax = b.getShort(head + 40);
        yMax = b.getShort(head + 42);
        boolean longLoca = b.getShort(head + 50) != 0;
        numGlyphs = b.getShort(table("maxp") + 4) & 0xFFFF;
        int hhea = table("hhea");
        ascender = b.getShort(hhea + 4);
        descender = b.getShort(hhea + 6);
        lineGap = b.getShort(hhea + 8);
        int hMetrics = b.getShort(hhea + 34) & 0xFFFF;
        int os2 = tables.containsKey("OS/2") ? table("OS/2") : -1;
        capHeight = os2 >= 0 && (b.getShort(os2) & 0xFFFF) >= 2 ? b.getShort(os2 + 88) : ascender;
        loca = new int[numGlyphs + 1];
        int locaAt = table("loca");
        for (int i = 0; i <= numGlyphs; i++) {
            loca[i] = longLoca ? b.getInt(locaAt + 4 * i) : (b.getShort(locaAt + 2 * i) & 0xFFFF) * 2;
        }
        advance = new int[numGlyphs];
        lsb = new int[numGlyphs];
        int hmtx = table("hmtx");
        for (int i = 0; i < numGlyphs; i++) {
            if (i < hMetrics) {
                advance[i] = b.getShort(hmtx + 4 * i) & 0xFFFF;
                lsb[i] = b.getShort(hmtx + 4 * i + 2);
            } else {
                advance[i] = advance[hMetrics - 1];
                lsb[i] = b.getShort(hmtx + 4 * hMetrics + 2 * (i - hMetrics));
            }
        }
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        for (int cp = 0; cp < 0x30000; cp++) {
            int gid = cmap.getGlyphId(cp);
            if (gid > 0) {
                if (cp < 0x10000) {
                    bmpGlyph[cp] = (char) gid;
                } else {
                    otherGlyph.put(cp, gid);
                }
            }
        }
        postScriptName = ttf.getName();
    }

    static FontProgram of(boolean isBold) {
        FontProgram f = isBold ? bold : regular;
        if (f == null) {
            synchronized (FontProgram.class) {
                f = isBold ? bold : regular;
                if (f == null) {
                    byte[] bytes = isBold ? LetterFont.boldBytes() : LetterFont.regularBytes();
                    try (TrueTypeFont ttf = LetterFont.parse(isBold)) {
                        f = new FontProgram(bytes, ttf, isBold);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    if (isBold) {
                        bold = f;
                    } else {
                        regular = f;
                    }
                }
            }
        }
        return f;
    }

    /** The glyph of a code point, 0 when the font has none. */
    int glyph(int codePoint) {
        if (codePoint < 0x10000) {
            return bmpGlyph[codePoint];
        }
        return otherGlyph.getOrDefault(codePoint, 0);
    }

    int glyphCount() {
        return numGlyphs;
    }

    /** A glyph's advance width in font units. */
    int advance(int glyph) {
        return advance[glyph];
    }

    private int table(String tag) {
        int[] t = tables.get(tag);
        if (t == null) {
            throw new IllegalStateException("font has no " + tag + " table");
        }
        return t[0];
    }

    private byte[] tableBytes(String tag) {
        int[] t = tables.get(tag);
        return Arrays.copyOfRange(data, t[0], t[0] + t[1]);
    }

    /**
     * A TrueType font of glyphs {@code glyphs[0..count)} (the first must be 0, .notdef), glyph i of
     * the new font being {@code glyphs[i]} of this one. Components of composite glyphs are added
     * after them; {@code glyphs} must have room (the returned font's glyph count may be larger).
     */
    byte[] subset(int[] glyphs, int count) {
        List<Integer> order = new ArrayList<>(count + 8);
        Map<Integer, Integer> newIndex = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            if (!newIndex.containsKey(glyphs[i])) {
                newIndex.put(glyphs[i], order.size());
                order.add(glyphs[i]);
            }
        }
        ByteBuffer src = ByteBuffer.wrap(data);
        int glyf = table("glyf");
        ByteArrayOutputStream glyfOut = new ByteArrayOutputStream(count * 256);
        int[] newLoca = new int[order.size() + 1];
        for (int i = 0; i < order.size(); i++) {
            int g = order.get(i);
            int start = glyf + loca[g];
            int length = loca[g + 1] - loca[g];
            newLoca[i] = glyfOut.size();
            if (length > 0) {
                byte[] glyph = Arrays.copyOfRange(data, start, start + length);
                if (src.getShort(start) < 0) {
                    patchComposite(glyph, order, newIndex);
                    newLoca = Arrays.copyOf(newLoca, order.size() + 1);
                }
                glyfOut.write(glyph, 0, glyph.length);
                for (int pad = glyph.length; pad % 4 != 0; pad++) {
                    glyfOut.write(0);
                }
            }
        }
        newLoca[order.size()] = glyfOut.size();
        Map<String, byte[]> out = otherTables(order, newLoca);
        out.put("glyf", glyfOut.toByteArray());
        return assemble(out);
    }

    /**
     * Glyph outlines that every letter of a batch embeds first (glyph ids 1..count-1 in each of their
     * fonts), compressed once for the batch: each letter then compresses only its own extra glyphs
     * and the small tables (see {@link PdfWriter}).
     */
    static final class Shared {
        final FontProgram program;
        final int[] glyphs;
        final int[] unicode;
        final int count;
        final byte[] raw;
        final int[] rawLoca;
        final int checksum;
        final byte[] packed;

        private Shared(FontProgram program, int[] glyphs, int[] unicode, int count, byte[] raw, int[] rawLoca,
                byte[] packed) {
            this.program = program;
            this.glyphs = glyphs;
            this.unicode = unicode;
            this.count = count;
            this.raw = raw;
            this.rawLoca = rawLoca;
            this.checksum = FontProgram.checksum(raw);
            this.packed = packed;
        }
    }

    /**
     * Shared outlines for the glyphs of {@code codePoints} (in order, duplicates and unknown ones
     * dropped, composite glyphs left to each letter), compressed at {@code level} as raw deflate
     * blocks that end byte-aligned and refer to nothing before them.
     */
    Shared share(int[] codePoints, int level) {
        int[] glyphs = new int[codePoints.length + 1];
        int[] unicode = new int[codePoints.length + 1];
        int count = 1;
        java.util.BitSet seen = new java.util.BitSet(numGlyphs);
        ByteBuffer src = ByteBuffer.wrap(data);
        int glyf = table("glyf");
        for (int cp : codePoints) {
            int g = glyph(cp);
            if (g != 0 && !seen.get(g) && (loca[g + 1] == loca[g] || src.getShort(glyf + loca[g]) >= 0)) {
                seen.set(g);
                glyphs[count] = g;
                unicode[count] = cp;
                count++;
            }
        }
        ByteArrayOutputStream raw = new ByteArrayOutputStream(count * 256);
        int[] rawLoca = new int[count + 1];
        for (int i = 0; i < count; i++) {
            int g = glyphs[i];
            rawLoca[i] = raw.size();
            int length = loca[g + 1] - loca[g];
            raw.write(data, glyf + loca[g], length);
            for (int pad = length; pad % 4 != 0; pad++) {
                raw.write(0);
            }
        }
        rawLoca[count] = raw.size();
        byte[] bytes = raw.toByteArray();
        java.util.zip.Deflater d = new java.util.zip.Deflater(level, true);
        try {
            d.setInput(bytes);
            byte[] out = new byte[bytes.length + 1024];
            int length = 0;
            while (true) {
                int n = d.deflate(out, length, out.length - length, java.util.zip.Deflater.SYNC_FLUSH);
                length += n;
                if (length < out.length) {
                    break;
                }
                out = Arrays.copyOf(out, out.length * 2);
            }
            return new Shared(this, Arrays.copyOf(glyphs, count), Arrays.copyOf(unicode, count), count, bytes,
                    rawLoca, Arrays.copyOf(out, length));
        } finally {
            d.end();
        }
    }

    /**
     * A font file in three parts, {@code head + shared.raw + tail}: the table directory, the shared
     * outlines (the start of the glyf table), then the document's own outlines and the other tables.
     */
    record Parts(byte[] head, Shared shared, byte[] tail) {
    }

    /**
     * As {@link #subset(int[], int)}, for a document whose glyphs 0..shared.count-1 are the shared ones.
     */
    Parts subset(int[] glyphs, int count, Shared shared) {
        List<Integer> order = new ArrayList<>(count + 8);
        Map<Integer, Integer> newIndex = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            if (!newIndex.containsKey(glyphs[i])) {
                newIndex.put(glyphs[i], order.size());
                order.add(glyphs[i]);
            }
        }
        if (order.size() < shared.count) {
            throw new IllegalStateException("the document does not start with the shared glyphs");
        }
        ByteBuffer src = ByteBuffer.wrap(data);
        int glyf = table("glyf");
        ByteArrayOutputStream extra = new ByteArrayOutputStream(Math.max(64, (order.size() - shared.count) * 256));
        int[] newLoca = new int[order.size() + 1];
        System.arraycopy(shared.rawLoca, 0, newLoca, 0, shared.count);
        for (int i = shared.count; i < order.size(); i++) {
            int g = order.get(i);
            int start = glyf + loca[g];
            int length = loca[g + 1] - loca[g];
            newLoca[i] = shared.raw.length + extra.size();
            if (length > 0) {
                byte[] glyph = Arrays.copyOfRange(data, start, start + length);
                if (src.getShort(start) < 0) {
                    patchComposite(glyph, order, newIndex);
                    newLoca = Arrays.copyOf(newLoca, order.size() + 1);
                }
                extra.write(glyph, 0, glyph.length);
                for (int pad = glyph.length; pad % 4 != 0; pad++) {
                    extra.write(0);
                }
            }
        }
        int n = order.size();
        newLoca[n] = shared.raw.length + extra.size();
        byte[] extraBytes = extra.toByteArray();

        Map<String, byte[]> others = otherTables(order, newLoca);
        // physical order: directory, glyf (shared + extra), then the other tables
        int numTables = others.size() + 1;
        int offset = 12 + 16 * numTables;
        Map<String, int[]> records = new java.util.TreeMap<>();
        int glyfLength = shared.raw.length + extraBytes.length;
        int glyfSum = shared.checksum + checksum(extraBytes);
        records.put("glyf", new int[] {glyfSum, offset, glyfLength});
        offset += glyfLength;
        ByteArrayOutputStream tail = new ByteArrayOutputStream(extraBytes.length + 4096);
        tail.write(extraBytes, 0, extraBytes.length);
        int headAt = -1;
        int total = glyfSum;
        for (Map.Entry<String, byte[]> e : others.entrySet()) {
            byte[] t = e.getValue();
            int sum = checksum(t);
            records.put(e.getKey(), new int[] {sum, offset, t.length});
            if (e.getKey().equals("head")) {
                headAt = tail.size();
            }
            tail.write(t, 0, t.length);
            for (int pad = t.length; pad % 4 != 0; pad++) {
                tail.write(0);
            }
            offset += (t.length + 3) & ~3;
            total += sum;
        }
        byte[] directory = directory(records);
        total += checksum(directory);
        byte[] tailBytes = tail.toByteArray();
        ByteBuffer.wrap(tailBytes).putInt(headAt + 8, 0xB1B0AFBA - total);
        return new Parts(directory, shared, tailBytes);
    }

    /** The tables other than glyf for glyphs {@code order} with glyf offsets {@code newLoca}. */
    private Map<String, byte[]> otherTables(List<Integer> order, int[] newLoca) {
        int n = order.size();
        ByteBuffer locaOut = ByteBuffer.allocate(4 * (n + 1));
        for (int i = 0; i <= n; i++) {
            locaOut.putInt(newLoca[i]);
        }
        ByteBuffer hmtxOut = ByteBuffer.allocate(4 * n);
        for (int g : order) {
            hmtxOut.putShort((short) advance[g]).putShort((short) lsb[g]);
        }
        byte[] head = tableBytes("head");
        ByteBuffer.wrap(head).putInt(8, 0).putShort(50, (short) 1);
        byte[] hhea = tableBytes("hhea");
        ByteBuffer.wrap(hhea).putShort(34, (short) n);
        byte[] maxp = tableBytes("maxp");
        ByteBuffer.wrap(maxp).putShort(4, (short) n);
        byte[] post = Arrays.copyOf(tableBytes("post"), 32);
        ByteBuffer.wrap(post).putInt(0, 0x00030000);
        Map<String, byte[]> out = new java.util.TreeMap<>();
        if (tables.containsKey("OS/2")) {
            out.put("OS/2", tableBytes("OS/2"));
        }
        out.put("head", head);
        out.put("hhea", hhea);
        out.put("hmtx", hmtxOut.array());
        out.put("loca", locaOut.array());
        out.put("maxp", maxp);
        out.put("post", post);
        return out;
    }

    /** The offset table and the table records (sorted by tag): {checksum, offset, length} each. */
    private static byte[] directory(Map<String, int[]> records) {
        int numTables = records.size();
        ByteBuffer out = ByteBuffer.allocate(12 + 16 * numTables);
        int entrySelector = 31 - Integer.numberOfLeadingZeros(numTables);
        int searchRange = 16 << entrySelector;
        out.putInt(0x00010000).putShort((short) numTables).putShort((short) searchRange)
                .putShort((short) entrySelector).putShort((short) (numTables * 16 - searchRange));
        records.forEach((tag, r) -> out.put(tag.getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .putInt(r[0]).putInt(r[1]).putInt(r[2]));
        return out.array();
    }

    private void patchComposite(byte[] glyph, List<Integer> order, Map<Integer, Integer> newIndex) {
        ByteBuffer g = ByteBuffer.wrap(glyph);
        int at = 10;
        while (true) {
            int flags = g.getShort(at) & 0xFFFF;
            int component = g.getShort(at + 2) & 0xFFFF;
            Integer mapped = newIndex.get(component);
            if (mapped == null) {
                mapped = order.size();
                newIndex.put(component, mapped);
                order.add(component);
            }
            g.putShort(at + 2, (short) (int) mapped);
            at += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
            if ((flags & 0x0008) != 0) {
                at += 2;
            } else if ((flags & 0x0040) != 0) {
                at += 4;
            } else if ((flags & 0x0080) != 0) {
                at += 8;
            }
            if ((flags & 0x0020) == 0) {
                break;
            }
        }
    }

    /** Writes the table directory and tables (sorted by tag), with checksums and head's adjustment. */
    private static byte[] assemble(Map<String, byte[]> tables) {
        int numTables = tables.size();
        int offset = 12 + 16 * numTables;
        int total = offset;
        for (byte[] t : tables.values()) {
            total += (t.length + 3) & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate(total);
        int entrySelector = 31 - Integer.numberOfLeadingZeros(numTables);
        int searchRange = 16 << entrySelector;
        out.putInt(0x00010000).putShort((short) numTables).putShort((short) searchRange)
                .putShort((short) entrySelector).putShort((short) (numTables * 16 - searchRange));
        int headAt = -1;
        int record = 12;
        for (Map.Entry<String, byte[]> e : tables.entrySet()) {
            byte[] t = e.getValue();
            out.position(record);
            out.put(e.getKey().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.putInt(checksum(t)).putInt(offset).putInt(t.length);
            out.position(offset);
            out.put(t);
            if (e.getKey().equals("head")) {
                headAt = offset;
            }
            offset += (t.length + 3) & ~3;
            record += 16;
        }
        byte[] font = out.array();
        int sum = checksum(font);
        ByteBuffer.wrap(font).putInt(headAt + 8, 0xB1B0AFBA - sum);
        return font;
    }

    /** The TrueType checksum: the sum of the big-endian 32-bit words, the last one padded with zeros. */
    private static int checksum(byte[] t) {
        ByteBuffer b = ByteBuffer.wrap(t);
        int full = t.length & ~3;
        int sum = 0;
        for (int i = 0; i < full; i += 4) {
            sum += b.getInt(i);
        }
        if (full < t.length) {
            int v = 0;
            for (int k = 0; k < 4; k++) {
                v = (v << 8) | (full + k < t.length ? t[full + k] & 0xFF : 0);
            }
            sum += v;
        }
        return sum;
    }
}
