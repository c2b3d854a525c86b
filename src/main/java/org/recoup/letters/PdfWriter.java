package org.recoup.letters;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRLineBox;
import net.sf.jasperreports.engine.JRPen;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintImage;
import net.sf.jasperreports.engine.JRPrintLine;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintRectangle;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.type.HorizontalImageAlignEnum;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.LineDirectionEnum;
import net.sf.jasperreports.engine.type.LineStyleEnum;
import net.sf.jasperreports.engine.type.ModeEnum;
import net.sf.jasperreports.renderers.DataRenderable;
import net.sf.jasperreports.renderers.Renderable;

/**
 * Writes filled letter pages as a PDF file: the elements the letter design uses (text, lines,
 * rectangles, images, frames), each line of text placed where JasperReports measured it, the font
 * embedded as a true subset (only the glyphs this document uses, {@link FontProgram#subset}),
 * Identity-H encoded with a ToUnicode map so that text can be extracted and searched. Streams are
 * deflated at zlib level 1.
 *
 * <p>A small direct PDF writer rather than PDFBox's document model: it streams objects as pages
 * are done and embeds fonts in a fraction of the time (see docs/decisions/0061-letters-pdf-pipeline.md). One writer per
 * document; not thread-safe (the fonts it reads are shared and read-only).
 */
final class PdfWriter {

    /** The key of the invisible element that starts each letter (letter.jrxml). */
    static final String LETTER_MARKER = "recoup.letter";

    private static final int CATALOG = 1;
    private static final int PAGES = 2;
    private static final int RESOURCES = 3;
    private static final Map<String, PreparedImage> IMAGES = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(8, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, PreparedImage> eldest) {
                    return size() > 16;
                }
            });

    private final Bytes out = new Bytes(64 * 1024);
    private int[] offsets = new int[64];
    private int nextObject = RESOURCES + 1;
    private final List<Integer> pageObjects = new ArrayList<>();
    private final FontUse regular;
    private final FontUse bold;
    private final Map<PreparedImage, Integer> images = new IdentityHashMap<>();
    private final Deflater deflater;
    private final int level;
    private final Bytes content = new Bytes(16 * 1024);
    private float pageHeight;
    private Color fill;
    private Color stroke;
    private float lineWidth = -1;

    /**
     * A writer that deflates its streams at zlib level 1: compressing the font subset was the largest
     * cost of a separate letter; level 1 makes a letter 3.5% larger than level 6 (42.1 against
     * 40.7 KB) and its writing 40% faster (docs/decisions/0061-letters-pdf-pipeline.md).
     */
    PdfWriter() {
        this(Deflater.BEST_SPEED, null);
    }

    /**
     * @param level  the zlib level of the streams
     * @param shared outlines already compressed for a batch, regular and bold (entries may be null):
     *               the document's fonts start with them (see {@link #share})
     */
    PdfWriter(int level, FontProgram.Shared[] shared) {
        this.level = level;
        deflater = new Deflater(level);
        regular = new FontUse(FontProgram.of(false), "F1", shared == null ? null : shared[0]);
        bold = new FontUse(FontProgram.of(true), "F2", shared == null ? null : shared[1]);
        out.ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
    }

    /** Adds pages {@code from} (inclusive) to {@code to} (exclusive) of a filled report. */
    void addPages(JasperPrint print, int from, int to) {
        List<JRPrintPage> all = print.getPages();
        for (int i = from; i < to; i++) {
            addPage(print, all.get(i));
        }
    }

    int pageCount() {
        return pageObjects.size();
    }

    /** Writes the fonts, the page tree and the cross-reference table and returns the file. */
    byte[] finish(String title, String idSeed) {
        Bytes fonts = new Bytes(256);
        for (FontUse f : new FontUse[] {regular, bold}) {
            if (f.object > 0) {
                writeFont(f);
                fonts.ascii("/").ascii(f.name).ascii(" ").integer(f.object).ascii(" 0 R ");
            }
        }
        Bytes xobjects = new Bytes(64);
        images.forEach((image, object) -> xobjects.ascii("/Im").integer(object).ascii(" ").integer(object).ascii(" 0 R "));
        begin(RESOURCES).ascii("<< /ProcSet [/PDF /Text /ImageC] /Font << ").append(fonts).ascii(">> /XObject << ")
                .append(xobjects).ascii(">> >>\nendobj\n");
        begin(PAGES).ascii("<< /Type /Pages /Count ").integer(pageObjects.size()).ascii(" /Kids [");
        for (int page : pageObjects) {
            out.integer(page).ascii(" 0 R ");
        }
        out.ascii("] >>\nendobj\n");
        begin(CATALOG).ascii("<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        int info = nextObject++;
        begin(info).ascii("<< /Title ").text(title).ascii(" /Producer (Recoup) /Creator (Recoup letters) >>\nendobj\n");
        int xref = out.size();
        out.ascii("xref\n0 ").integer(nextObject).ascii("\n0000000000 65535 f \n");
        for (int i = 1; i < nextObject; i++) {
            String offset = Integer.toString(offsets[i]);
            out.ascii("0".repeat(10 - offset.length())).ascii(offset).ascii(" 00000 n \n");
        }
        String id = HexFormat.of().formatHex(Arrays.copyOf(sha256(idSeed.getBytes(StandardCharsets.UTF_8)), 16));
        out.ascii("trailer\n<< /Size ").integer(nextObject).ascii(" /Root 1 0 R /Info ").integer(info)
                .ascii(" 0 R /ID [<").ascii(id).ascii("> <").ascii(id).ascii(">] >>\nstartxref\n").integer(xref)
                .ascii("\n%%EOF\n");
        deflater.end();
        if (rawDeflater != null) {
            rawDeflater.end();
        }
        return out.toArray();
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256Hex(byte[] data) {
        return HexFormat.of().formatHex(sha256(data));
    }

    // ---- pages

    private void addPage(JasperPrint print, JRPrintPage page) {
        pageHeight = print.getPageHeight();
        content.reset();
        fill = null;
        stroke = null;
        lineWidth = -1;
        draw(page.getElements(), 0, 0);
        int contents = nextObject++;
        stream(contents, "", content);
        int pageObject = nextObject++;
        begin(pageObject).ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ").integer(print.getPageWidth())
                .ascii(" ").integer(print.getPageHeight()).ascii("] /Resources 3 0 R /Contents ").integer(contents)
                .ascii(" 0 R >>\nendobj\n");
        pageObjects.add(pageObject);
    }

    private void draw(List<JRPrintElement> elements, int dx, int dy) {
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintText t) {
                if (!LETTER_MARKER.equals(t.getKey())) {
                    text(t, dx, dy);
                }
            } else if (e instanceof JRPrintLine l) {
                line(l, dx, dy);
            } else if (e instanceof JRPrintRectangle r) {
                rectangle(r, dx, dy);
            } else if (e instanceof JRPrintImage i) {
                image(i, dx, dy);
            } else if (e instanceof JRPrintFrame f) {
                draw(f.getElements(), dx + f.getX(), dy + f.getY());
            }
        }
    }

    private void text(JRPrintText t, int dx, int dy) {
        String full = t.getFullText();
        if (full == null || full.isBlank()) {
            return;
        }
        float size = t.getFontSize();
        FontUse font = t.isBold() ? bold : regular;
        JRLineBox box = t.getLineBox();
        float left = dx + t.getX() + pad(box.getLeftPadding());
        float right = dx + t.getX() + t.getWidth() - pad(box.getRightPadding());
        float lineHeight = t.getLineSpacingFactor() * size;
        float baseline = dy + t.getY() + pad(box.getTopPadding()) + lineHeight + t.getLeadingOffset();
        HorizontalTextAlignEnum align = t.getHorizontalTextAlign();
        setFill(t.getForecolor());
        for (String line : lines(full, t.getLineBreakOffsets())) {
            if (!line.isBlank()) {
                float x = left;
                if (align == HorizontalTextAlignEnum.RIGHT || align == HorizontalTextAlignEnum.CENTER) {
                    float width = font.width(line) * size / font.program.unitsPerEm;
                    x = align == HorizontalTextAlignEnum.RIGHT ? right - width : (left + right - width) / 2f;
                }
                content.ascii("BT /").ascii(font.name).ascii(" ").number(size).ascii(" Tf ").number(x).ascii(" ")
                        .number(pageHeight - baseline).ascii(" Td (");
                font.encode(line, content);
                content.ascii(") Tj ET\n");
            }
            baseline += lineHeight;
        }
    }

    /**
     * The lines of a text as JasperReports broke them: at each line break in the text, and at each
     * soft break it measured (the offsets are the distances between consecutive soft breaks).
     */
    static List<String> lines(String text, short[] offsets) {
        List<String> lines = new ArrayList<>();
        int[] soft = new int[offsets == null ? 0 : offsets.length];
        for (int k = 0, pos = 0; k < soft.length; k++) {
            pos += offsets[k];
            soft[k] = pos;
        }
        int next = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (next < soft.length && soft[next] == i) {
                if (i > start) {
                    lines.add(clean(text.substring(start, i)));
                    start = i;
                }
                next++;
            }
            if (text.charAt(i) == '\n') {
                lines.add(clean(text.substring(start, i)));
                start = i + 1;
            }
        }
        lines.add(clean(text.substring(start)));
        return lines;
    }

    private static String clean(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        String l = line.substring(0, end);
        return l.indexOf('\t') >= 0 ? l.replace('\t', ' ') : l;
    }

    private void line(JRPrintLine l, int dx, int dy) {
        JRPen pen = l.getLinePen();
        float width = pen.getLineWidth() == null ? 1f : pen.getLineWidth();
        if (width <= 0) {
            return;
        }
        float x = dx + l.getX();
        float y = dy + l.getY();
        float x1 = x;
        float y1 = y;
        float x2 = x + l.getWidth();
        float y2 = y + l.getHeight();
        if (l.getHeight() == 1) {
            y1 = y2 = y + width / 2f;
        } else if (l.getWidth() == 1) {
            x1 = x2 = x + width / 2f;
        } else if (l.getDirection() == LineDirectionEnum.BOTTOM_UP) {
            y1 = y + l.getHeight();
            y2 = y;
        }
        boolean dashed = setStroke(pen, width, l.getForecolor());
        content.number(x1).ascii(" ").number(pageHeight - y1).ascii(" m ").number(x2).ascii(" ")
                .number(pageHeight - y2).ascii(" l S\n");
        if (dashed) {
            content.ascii("[] 0 d\n");
        }
    }

    private void rectangle(JRPrintRectangle r, int dx, int dy) {
        float x = dx + r.getX();
        float y = pageHeight - (dy + r.getY()) - r.getHeight();
        if (r.getMode() == ModeEnum.OPAQUE && r.getBackcolor() != null) {
            setFill(r.getBackcolor());
            content.number(x).ascii(" ").number(y).ascii(" ").number(r.getWidth()).ascii(" ")
                    .number(r.getHeight()).ascii(" re f\n");
        }
        JRPen pen = r.getLinePen();
        float width = pen.getLineWidth() == null ? 1f : pen.getLineWidth();
        if (width > 0) {
            boolean dashed = setStroke(pen, width, r.getForecolor());
            content.number(x).ascii(" ").number(y).ascii(" ").number(r.getWidth()).ascii(" ")
                    .number(r.getHeight()).ascii(" re S\n");
            if (dashed) {
                content.ascii("[] 0 d\n");
            }
        }
    }

    private boolean setStroke(JRPen pen, float width, Color fallback) {
        Color color = pen.getLineColor() != null ? pen.getLineColor() : fallback;
        color = color == null ? Color.BLACK : color;
        if (!color.equals(stroke)) {
            color(color).ascii(" RG\n");
            stroke = color;
        }
        if (width != lineWidth) {
            content.number(width).ascii(" w\n");
            lineWidth = width;
        }
        LineStyleEnum style = pen.getLineStyle();
        if (style == LineStyleEnum.DASHED) {
            float unit = Math.max(width, 0.75f);
            content.ascii("[").number(4 * unit).ascii(" ").number(3 * unit).ascii("] 0 d\n");
            return true;
        }
        if (style == LineStyleEnum.DOTTED) {
            content.ascii("[").number(width).ascii(" ").number(2 * width).ascii("] 0 d\n");
            return true;
        }
        return false;
    }

    private void setFill(Color color) {
        Color c = color == null ? Color.BLACK : color;
        if (!c.equals(fill)) {
            color(c).ascii(" rg\n");
            fill = c;
        }
    }

    private Bytes color(Color c) {
        return content.number(c.getRed() / 255f, 3).ascii(" ").number(c.getGreen() / 255f, 3).ascii(" ")
                .number(c.getBlue() / 255f, 3);
    }

    private void image(JRPrintImage i, int dx, int dy) {
        Renderable renderer = i.getRenderer();
        if (!(renderer instanceof DataRenderable data)) {
            return;
        }
        byte[] bytes;
        try {
            bytes = data.getData(DefaultJasperReportsContext.getInstance());
        } catch (JRException e) {
            return;
        }
        PreparedImage prepared = bytes == null || bytes.length == 0 ? null : prepare(bytes);
        if (prepared == null) {
            return;
        }
        Integer object = images.get(prepared);
        if (object == null) {
            object = writeImage(prepared);
            images.put(prepared, object);
        }
        float boxW = i.getWidth();
        float boxH = i.getHeight();
        float scale = Math.min(boxW / prepared.width, boxH / prepared.height);
        float w = prepared.width * scale;
        float h = prepared.height * scale;
        float x = dx + i.getX();
        HorizontalImageAlignEnum align = i.getHorizontalImageAlign();
        if (align == HorizontalImageAlignEnum.RIGHT) {
            x += boxW - w;
        } else if (align == HorizontalImageAlignEnum.CENTER) {
            x += (boxW - w) / 2f;
        }
        float top = dy + i.getY();
        content.ascii("q ").number(w).ascii(" 0 0 ").number(h).ascii(" ").number(x).ascii(" ")
                .number(pageHeight - top - h).ascii(" cm /Im").integer(object).ascii(" Do Q\n");
    }

    private int writeImage(PreparedImage image) {
        int mask = 0;
        if (image.alpha != null) {
            mask = nextObject++;
            begin(mask).ascii("<< /Type /XObject /Subtype /Image /Width ").integer(image.width).ascii(" /Height ")
                    .integer(image.height).ascii(" /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ")
                    .integer(image.alpha.length).ascii(" >>\nstream\n").append(image.alpha).ascii("\nendstream\nendobj\n");
        }
        int object = nextObject++;
        begin(object).ascii("<< /Type /XObject /Subtype /Image /Width ").integer(image.width).ascii(" /Height ")
                .integer(image.height).ascii(" /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode");
        if (mask > 0) {
            out.ascii(" /SMask ").integer(mask).ascii(" 0 R");
        }
        out.ascii(" /Length ").integer(image.rgb.length).ascii(" >>\nstream\n").append(image.rgb)
                .ascii("\nendstream\nendobj\n");
        return object;
    }

    // ---- fonts

    private void writeFont(FontUse f) {
        FontProgram p = f.program;
        String tag = f.tag();
        String name = "/" + tag + "+" + p.postScriptName;
        float scale = 1000f / p.unitsPerEm;
        int cidFont = nextObject++;
        int descriptor = nextObject++;
        int file = nextObject++;
        int toUnicode = nextObject++;
        begin(f.object).ascii("<< /Type /Font /Subtype /Type0 /BaseFont ").ascii(name)
                .ascii(" /Encoding /Identity-H /DescendantFonts [").integer(cidFont).ascii(" 0 R] /ToUnicode ")
                .integer(toUnicode).ascii(" 0 R >>\nendobj\n");
        begin(cidFont).ascii("<< /Type /Font /Subtype /CIDFontType2 /BaseFont ").ascii(name)
                .ascii(" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ")
                .integer(descriptor).ascii(" 0 R /CIDToGIDMap /Identity /DW 1000 /W [1 [");
        for (int cid = 1; cid < f.count; cid++) {
            out.integer(Math.round(p.advance(f.glyphs[cid]) * scale)).ascii(" ");
        }
        out.ascii("]] >>\nendobj\n");
        begin(descriptor).ascii("<< /Type /FontDescriptor /FontName ").ascii(name).ascii(" /Flags 4 /FontBBox [")
                .integer(Math.round(p.xMin * scale)).ascii(" ").integer(Math.round(p.yMin * scale)).ascii(" ")
                .integer(Math.round(p.xMax * scale)).ascii(" ").integer(Math.round(p.yMax * scale))
                .ascii("] /ItalicAngle 0 /Ascent ").integer(Math.round(p.ascender * scale)).ascii(" /Descent ")
                .integer(Math.round(p.descender * scale)).ascii(" /CapHeight ").integer(Math.round(p.capHeight * scale))
                .ascii(" /StemV ").integer(p.isBold ? 140 : 80).ascii(" /FontWeight ").integer(p.isBold ? 700 : 400)
                .ascii(" /FontFile2 ").integer(file).ascii(" 0 R >>\nendobj\n");
        if (f.shared == null) {
            byte[] program = p.subset(f.glyphs, f.count);
            Bytes raw = new Bytes(program.length);
            raw.append(program);
            stream(file, " /Length1 " + program.length, raw);
        } else {
            fontFile(file, p.subset(f.glyphs, f.count, f.shared));
        }
        stream(toUnicode, "", f.toUnicode());
    }

    /**
     * Writes a font file whose shared part is already compressed: a zlib stream of three runs of raw
     * deflate blocks (the directory, the shared outlines, the rest), each started afresh so that none
     * refers to data before it, the first two ending byte-aligned (sync flush).
     */
    private void fontFile(int object, FontProgram.Parts parts) {
        Bytes packed = new Bytes(parts.shared().packed.length + parts.tail().length + 256);
        packed.append(new byte[] {0x78, 0x01});
        Deflater raw = rawDeflater();
        packed.append(rawDeflate(raw, parts.head(), false));
        packed.append(parts.shared().packed);
        packed.append(rawDeflate(raw, parts.tail(), true));
        java.util.zip.Adler32 adler = new java.util.zip.Adler32();
        adler.update(parts.head());
        adler.update(parts.shared().raw);
        adler.update(parts.tail());
        long sum = adler.getValue();
        packed.append(new byte[] {(byte) (sum >>> 24), (byte) (sum >>> 16), (byte) (sum >>> 8), (byte) sum});
        int length = parts.head().length + parts.shared().raw.length + parts.tail().length;
        begin(object).ascii("<< /Filter /FlateDecode /Length ").integer(packed.size()).ascii(" /Length1 ")
                .integer(length).ascii(" >>\nstream\n").append(packed).ascii("\nendstream\nendobj\n");
    }

    private Deflater rawDeflater;

    private Deflater rawDeflater() {
        if (rawDeflater == null) {
            rawDeflater = new Deflater(level, true);
        }
        return rawDeflater;
    }

    private static byte[] rawDeflate(Deflater d, byte[] data, boolean last) {
        d.reset();
        d.setInput(data);
        if (last) {
            d.finish();
        }
        byte[] out = new byte[data.length + 256];
        int length = 0;
        while (true) {
            int n = d.deflate(out, length, out.length - length, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
            length += n;
            if (last ? d.finished() : length < out.length) {
                break;
            }
            if (length == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
        }
        return Arrays.copyOf(out, length);
    }

    /**
     * Outlines to share between the separate letters of a batch: the characters each weight of
     * {@code first} uses that {@code second} uses too (what their template has in common),
     * compressed once. Null entries where a weight has none.
     */
    static FontProgram.Shared[] share(JasperPrint print, int[] firstPages, int[] secondPages) {
        String[] first = texts(print, firstPages);
        String[] second = texts(print, secondPages);
        FontProgram.Shared[] shared = new FontProgram.Shared[2];
        for (int weight = 0; weight < 2; weight++) {
            java.util.BitSet other = new java.util.BitSet();
            second[weight].codePoints().forEach(other::set);
            int[] common = first[weight].codePoints().filter(other::get).distinct().toArray();
            if (common.length > 0) {
                shared[weight] = FontProgram.of(weight == 1).share(common, Deflater.BEST_SPEED);
            }
        }
        return shared;
    }

    /** All the text printed on pages [from, to) in regular [0] and bold [1], in order. */
    private static String[] texts(JasperPrint print, int[] range) {
        StringBuilder[] out = {new StringBuilder(2048), new StringBuilder(256)};
        for (int p = range[0]; p < range[1]; p++) {
            collect(print.getPages().get(p).getElements(), out);
        }
        return new String[] {out[0].toString(), out[1].toString()};
    }

    private static void collect(List<JRPrintElement> elements, StringBuilder[] out) {
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintText t && !LETTER_MARKER.equals(t.getKey()) && t.getFullText() != null) {
                out[t.isBold() ? 1 : 0].append(t.getFullText().replace('\t', ' ').replace("\n", "").replace("\r", ""));
            } else if (e instanceof JRPrintFrame f) {
                collect(f.getElements(), out);
            }
        }
    }

    /** The glyphs a document uses from one font, numbered 1.. in order of first use (CID = new glyph id). */
    private final class FontUse {
        final FontProgram program;
        final String name;
        int object;
        int[] glyphs = new int[320];
        int[] unicode = new int[256];
        int count = 1;
        private final char[] cidOfGlyph;

        final FontProgram.Shared shared;

        FontUse(FontProgram program, String name, FontProgram.Shared shared) {
            this.program = program;
            this.name = name;
            this.cidOfGlyph = new char[program.glyphCount()];
            this.shared = shared;
            if (shared != null) {
                glyphs = Arrays.copyOf(shared.glyphs, Math.max(shared.count * 2 + 64, 320));
                unicode = Arrays.copyOf(shared.unicode, Math.max(shared.count * 2, 256));
                for (int cid = 1; cid < shared.count; cid++) {
                    cidOfGlyph[shared.glyphs[cid]] = (char) cid;
                }
                count = shared.count;
            }
        }

        int width(String text) {
            int w = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                w += program.advance(program.glyph(cp));
                i += Character.charCount(cp);
            }
            return w;
        }

        void encode(String text, Bytes to) {
            if (object == 0) {
                object = nextObject++;
            }
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                int glyph = program.glyph(cp);
                int cid = 0;
                if (glyph != 0) {
                    cid = cidOfGlyph[glyph];
                    if (cid == 0) {
                        if (count >= unicode.length) {
                            unicode = Arrays.copyOf(unicode, count * 2);
                        }
                        if (count + 64 >= glyphs.length) {
                            // room for composite components the subsetter may add after them
                            glyphs = Arrays.copyOf(glyphs, count * 2 + 64);
                        }
                        cid = count++;
                        glyphs[cid] = glyph;
                        unicode[cid] = cp;
                        cidOfGlyph[glyph] = (char) cid;
                    }
                }
                to.cid(cid);
            }
        }

        /** Six capital letters from the glyph set, as PDF subset names have (e.g. ABCDEF+Name). */
        String tag() {
            int h = Arrays.hashCode(Arrays.copyOf(glyphs, count)) ^ name.hashCode();
            StringBuilder tag = new StringBuilder(6);
            for (int i = 0; i < 6; i++) {
                tag.append((char) ('A' + Math.floorMod(h, 26)));
                h = h / 26 + (i + 1) * 7919;
            }
            return tag.toString();
        }

        Bytes toUnicode() {
            Bytes cmap = new Bytes(64 + 24 * count);
            cmap.ascii("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                    + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                    + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                    + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
            for (int start = 1; start < count; start += 100) {
                int end = Math.min(count, start + 100);
                cmap.integer(end - start).ascii(" beginbfchar\n");
                for (int cid = start; cid < end; cid++) {
                    cmap.ascii("<").hex4(cid).ascii("> <");
                    int cp = unicode[cid];
                    if (cp >= 0x10000) {
                        cmap.hex4(Character.highSurrogate(cp)).hex4(Character.lowSurrogate(cp));
                    } else {
                        cmap.hex4(cp);
                    }
                    cmap.ascii(">\n");
                }
                cmap.ascii("endbfchar\n");
            }
            cmap.ascii("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
            return cmap;
        }
    }

    // ---- objects

    private Bytes begin(int object) {
        if (object >= offsets.length) {
            offsets = Arrays.copyOf(offsets, Math.max(object + 1, offsets.length * 2));
        }
        offsets[object] = out.size();
        return out.integer(object).ascii(" 0 obj\n");
    }

    private void stream(int object, String extra, Bytes data) {
        byte[] packed = deflate(data);
        begin(object).ascii("<< /Filter /FlateDecode /Length ").integer(packed.length).ascii(extra)
                .ascii(" >>\nstream\n").append(packed).ascii("\nendstream\nendobj\n");
    }

    private byte[] deflate(Bytes data) {
        deflater.reset();
        deflater.setInput(data.buffer(), 0, data.size());
        deflater.finish();
        byte[] buffer = new byte[Math.max(64, data.size() / 2 + 64)];
        int length = 0;
        while (!deflater.finished()) {
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            length += deflater.deflate(buffer, length, buffer.length - length);
        }
        return Arrays.copyOf(buffer, length);
    }

    private static float pad(Integer padding) {
        return padding == null ? 0f : padding;
    }

    // ---- images

    private static PreparedImage prepare(byte[] bytes) {
        String key = bytes.length + ":" + Arrays.hashCode(bytes);
        PreparedImage cached = IMAGES.get(key);
        if (cached != null) {
            return cached;
        }
        try {
            PreparedImage prepared = PreparedImage.of(bytes);
            if (prepared != null) {
                IMAGES.put(key, prepared);
            }
            return prepared;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** An image decoded once and kept compressed, ready to embed in any number of documents. */
    private static final class PreparedImage {
        final int width;
        final int height;
        final byte[] rgb;
        final byte[] alpha;

        private PreparedImage(int width, int height, byte[] rgb, byte[] alpha) {
            this.width = width;
            this.height = height;
            this.rgb = rgb;
            this.alpha = alpha;
        }

        static PreparedImage of(byte[] bytes) throws IOException {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                return null;
            }
            int w = image.getWidth();
            int h = image.getHeight();
            byte[] rgb = new byte[w * h * 3];
            byte[] alpha = image.getColorModel().hasAlpha() ? new byte[w * h] : null;
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                image.getRGB(0, y, w, 1, row, 0, w);
                for (int x = 0; x < w; x++) {
                    int p = row[x];
                    int o = (y * w + x) * 3;
                    rgb[o] = (byte) (p >> 16);
                    rgb[o + 1] = (byte) (p >> 8);
                    rgb[o + 2] = (byte) p;
                    if (alpha != null) {
                        alpha[y * w + x] = (byte) (p >>> 24);
                    }
                }
            }
            return new PreparedImage(w, h, pack(rgb), alpha == null ? null : pack(alpha));
        }

        private static byte[] pack(byte[] data) {
            Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
            try {
                d.setInput(data);
                d.finish();
                byte[] buffer = new byte[data.length / 2 + 128];
                int length = 0;
                while (!d.finished()) {
                    if (length == buffer.length) {
                        buffer = Arrays.copyOf(buffer, buffer.length * 2);
                    }
                    length += d.deflate(buffer, length, buffer.length - length);
                }
                return Arrays.copyOf(buffer, length);
            } finally {
                d.end();
            }
        }
    }

    /** A growable byte buffer that writes PDF tokens. */
    static final class Bytes {
        private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
        private byte[] buf;
        private int size;

        Bytes(int capacity) {
            buf = new byte[Math.max(16, capacity)];
        }

        private void room(int n) {
            if (size + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
            }
        }

        Bytes ascii(String s) {
            int n = s.length();
            room(n);
            for (int i = 0; i < n; i++) {
                buf[size++] = (byte) s.charAt(i);
            }
            return this;
        }

        Bytes append(byte[] b) {
            room(b.length);
            System.arraycopy(b, 0, buf, size, b.length);
            size += b.length;
            return this;
        }

        Bytes append(Bytes b) {
            room(b.size);
            System.arraycopy(b.buf, 0, buf, size, b.size);
            size += b.size;
            return this;
        }

        Bytes integer(long v) {
            return ascii(Long.toString(v));
        }

        Bytes number(float v) {
            return number(v, 2);
        }

        /** A number with at most {@code decimals} decimals, no exponent, no trailing zeros. */
        Bytes number(float v, int decimals) {
            long factor = decimals == 3 ? 1000 : 100;
            long scaled = Math.round((double) v * factor);
            if (scaled < 0) {
                room(1);
                buf[size++] = '-';
                scaled = -scaled;
            }
            integer(scaled / factor);
            long fraction = scaled % factor;
            if (fraction != 0) {
                room(1 + decimals);
                buf[size++] = '.';
                for (long f = factor / 10; f > 0 && fraction != 0; f /= 10) {
                    buf[size++] = (byte) ('0' + fraction / f);
                    fraction %= f;
                }
            }
            return this;
        }

        /** A two-byte code inside a literal string {@code (...)}, escaped where it must be. */
        Bytes cid(int v) {
            room(4);
            putEscaped((v >> 8) & 0xFF);
            putEscaped(v & 0xFF);
            return this;
        }

        private void putEscaped(int b) {
            switch (b) {
                case '(', ')', '\\' -> {
                    buf[size++] = '\\';
                    buf[size++] = (byte) b;
                }
                case '\r' -> {
                    buf[size++] = '\\';
                    buf[size++] = 'r';
                }
                case '\n' -> {
                    buf[size++] = '\\';
                    buf[size++] = 'n';
                }
                default -> buf[size++] = (byte) b;
            }
        }

        Bytes hex4(int v) {
            room(4);
            buf[size++] = HEX[(v >> 12) & 0xF];
            buf[size++] = HEX[(v >> 8) & 0xF];
            buf[size++] = HEX[(v >> 4) & 0xF];
            buf[size++] = HEX[v & 0xF];
            return this;
        }

        /** A text string: UTF-16BE with a byte order mark, in hex. */
        Bytes text(String s) {
            ascii("<FEFF");
            for (int i = 0; i < s.length(); i++) {
                hex4(s.charAt(i));
            }
            return ascii(">");
        }

        int size() {
            return size;
        }

        byte[] buffer() {
            return buf;
        }

        void reset() {
            size = 0;
        }

        byte[] toArray() {
            return Arrays.copyOf(buf, size);
        }
    }
}
