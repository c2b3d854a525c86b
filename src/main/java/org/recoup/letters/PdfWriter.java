package org.recoup.letters;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.ImageIO;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

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
 * Writes filled letter pages as PDF with PDFBox: the elements the letter design uses (text, lines,
 * rectangles, images, frames), text placed line by line where JasperReports measured it, the font
 * embedded as a true subset (only the glyphs the document uses, PDFBox's TrueType subsetter).
 *
 * <p>Not thread-safe: one writer per document. Parsed fonts are kept per thread.
 */
final class PdfWriter {

    /** The key of the invisible element that starts each letter (letter.jrxml). */
    static final String LETTER_MARKER = "recoup.letter";

    private static final ThreadLocal<TrueTypeFont[]> FONTS = ThreadLocal.withInitial(
            () -> new TrueTypeFont[] {LetterFont.parse(false), LetterFont.parse(true)});
    private static final Map<String, PreparedImage> IMAGES = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(8, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, PreparedImage> eldest) {
                    return size() > 16;
                }
            });

    private final PDDocument doc = new PDDocument();
    private final Map<PreparedImage, PDImageXObject> images = new HashMap<>();
    private PDType0Font regular;
    private PDType0Font bold;
    private PDPageContentStream cs;
    private float pageHeight;
    private Color fill;
    private int pages;

    /** Adds pages {@code from} (inclusive) to {@code to} (exclusive) of a filled report. */
    void addPages(JasperPrint print, int from, int to) {
        List<JRPrintPage> all = print.getPages();
        for (int i = from; i < to; i++) {
            addPage(print, all.get(i));
        }
    }

    int pageCount() {
        return pages;
    }

    /** Saves the document and returns its bytes; the writer cannot be used afterwards. */
    byte[] finish(String title, String idSeed) {
        try (doc) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setProducer("Recoup");
            info.setCreator("Recoup letters");
            byte[] id = sha256(idSeed.getBytes(StandardCharsets.UTF_8));
            COSArray ids = new COSArray();
            ids.add(new COSString(Arrays.copyOf(id, 16)));
            ids.add(new COSString(Arrays.copyOf(id, 16)));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256Hex(byte[] data) {
        return java.util.HexFormat.of().formatHex(sha256(data));
    }

    private void addPage(JasperPrint print, JRPrintPage page) {
        pageHeight = print.getPageHeight();
        PDPage pdPage = new PDPage(new PDRectangle(print.getPageWidth(), print.getPageHeight()));
        doc.addPage(pdPage);
        pages++;
        try (PDPageContentStream stream = new PDPageContentStream(doc, pdPage, PDPageContentStream.AppendMode.OVERWRITE, true)) {
            cs = stream;
            fill = null;
            draw(page.getElements(), 0, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            cs = null;
        }
    }

    private void draw(List<JRPrintElement> elements, int dx, int dy) throws IOException {
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

    private void text(JRPrintText t, int dx, int dy) throws IOException {
        String full = t.getFullText();
        if (full == null || full.isBlank()) {
            return;
        }
        float size = t.getFontSize();
        PDType0Font font = font(t.isBold());
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
                    float width = font.getStringWidth(line) / 1000f * size;
                    x = align == HorizontalTextAlignEnum.RIGHT ? right - width : (left + right - width) / 2f;
                }
                cs.beginText();
                cs.setFont(font, size);
                cs.newLineAtOffset(x, pageHeight - baseline);
                cs.showText(line);
                cs.endText();
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

    private void line(JRPrintLine l, int dx, int dy) throws IOException {
        JRPen pen = l.getLinePen();
        float width = pen.getLineWidth() == null ? 1f : pen.getLineWidth();
        if (width <= 0) {
            return;
        }
        float x = dx + l.getX();
        float y = dy + l.getY();
        float x1;
        float y1;
        float x2;
        float y2;
        if (l.getHeight() == 1) {
            x1 = x;
            x2 = x + l.getWidth();
            y1 = y2 = y + width / 2f;
        } else if (l.getWidth() == 1) {
            y1 = y;
            y2 = y + l.getHeight();
            x1 = x2 = x + width / 2f;
        } else if (l.getDirection() == LineDirectionEnum.BOTTOM_UP) {
            x1 = x;
            y1 = y + l.getHeight();
            x2 = x + l.getWidth();
            y2 = y;
        } else {
            x1 = x;
            y1 = y;
            x2 = x + l.getWidth();
            y2 = y + l.getHeight();
        }
        stroke(pen, width, l.getForecolor());
        cs.moveTo(x1, pageHeight - y1);
        cs.lineTo(x2, pageHeight - y2);
        cs.stroke();
        cs.setLineDashPattern(new float[0], 0);
    }

    private void rectangle(JRPrintRectangle r, int dx, int dy) throws IOException {
        float x = dx + r.getX();
        float y = pageHeight - (dy + r.getY()) - r.getHeight();
        if (r.getMode() == ModeEnum.OPAQUE && r.getBackcolor() != null) {
            setFill(r.getBackcolor());
            cs.addRect(x, y, r.getWidth(), r.getHeight());
            cs.fill();
        }
        JRPen pen = r.getLinePen();
        float width = pen.getLineWidth() == null ? 1f : pen.getLineWidth();
        if (width > 0) {
            stroke(pen, width, r.getForecolor());
            cs.addRect(x, y, r.getWidth(), r.getHeight());
            cs.stroke();
            cs.setLineDashPattern(new float[0], 0);
        }
    }

    private void stroke(JRPen pen, float width, Color fallback) throws IOException {
        Color color = pen.getLineColor() != null ? pen.getLineColor() : fallback;
        cs.setStrokingColor(color == null ? Color.BLACK : color);
        cs.setLineWidth(width);
        LineStyleEnum style = pen.getLineStyle();
        if (style == LineStyleEnum.DASHED) {
            cs.setLineDashPattern(new float[] {4 * Math.max(width, 0.75f), 3 * Math.max(width, 0.75f)}, 0);
        } else if (style == LineStyleEnum.DOTTED) {
            cs.setLineDashPattern(new float[] {width, 2 * width}, 0);
        }
    }

    private void image(JRPrintImage i, int dx, int dy) throws IOException {
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
        if (bytes == null || bytes.length == 0) {
            return;
        }
        PreparedImage prepared = prepare(bytes);
        if (prepared == null) {
            return;
        }
        PDImageXObject xobject = images.get(prepared);
        if (xobject == null) {
            xobject = prepared.toXObject(doc);
            images.put(prepared, xobject);
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
        cs.drawImage(xobject, x, pageHeight - top - h, w, h);
    }

    private PDType0Font font(boolean isBold) throws IOException {
        if (isBold) {
            if (bold == null) {
                bold = PDType0Font.load(doc, FONTS.get()[1], true);
            }
            return bold;
        }
        if (regular == null) {
            regular = PDType0Font.load(doc, FONTS.get()[0], true);
        }
        return regular;
    }

    private void setFill(Color color) throws IOException {
        Color c = color == null ? Color.BLACK : color;
        if (!c.equals(fill)) {
            cs.setNonStrokingColor(c);
            fill = c;
        }
    }

    private static float pad(Integer padding) {
        return padding == null ? 0f : padding;
    }

    /** An image decoded once and kept compressed, ready to embed in any number of documents. */
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
        } catch (IOException e) {
            return null;
        }
    }

    private static final class PreparedImage {
        final int width;
        final int height;
        final byte[] jpeg;
        final byte[] rgb;
        final byte[] alpha;

        private PreparedImage(int width, int height, byte[] jpeg, byte[] rgb, byte[] alpha) {
            this.width = width;
            this.height = height;
            this.jpeg = jpeg;
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
            boolean isJpeg = bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
            if (isJpeg) {
                return new PreparedImage(w, h, bytes, null, null);
            }
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
            return new PreparedImage(w, h, null, deflate(rgb), alpha == null ? null : deflate(alpha));
        }

        PDImageXObject toXObject(PDDocument doc) throws IOException {
            if (jpeg != null) {
                return JPEGFactory.createFromByteArray(doc, jpeg);
            }
            PDImageXObject image = new PDImageXObject(doc, new ByteArrayInputStream(rgb), COSName.FLATE_DECODE,
                    width, height, 8, PDDeviceRGB.INSTANCE);
            if (alpha != null) {
                PDImageXObject mask = new PDImageXObject(doc, new ByteArrayInputStream(alpha), COSName.FLATE_DECODE,
                        width, height, 8, PDDeviceGray.INSTANCE);
                image.getCOSObject().setItem(COSName.SMASK, mask);
            }
            return image;
        }

        private static byte[] deflate(byte[] data) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
            try (DeflaterOutputStream z = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
                z.write(data);
            }
            return out.toByteArray();
        }
    }
}
