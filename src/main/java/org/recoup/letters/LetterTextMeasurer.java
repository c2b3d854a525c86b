package org.recoup.letters;

import java.awt.font.TextAttribute;
import java.util.Map;

import net.sf.jasperreports.engine.JRCommonText;
import net.sf.jasperreports.engine.JRFont;
import net.sf.jasperreports.engine.JRLineBox;
import net.sf.jasperreports.engine.JRParagraph;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fill.JRMeasuredText;
import net.sf.jasperreports.engine.fill.JRTextMeasurer;
import net.sf.jasperreports.engine.fill.TextMeasurerFactory;
import net.sf.jasperreports.engine.type.LineSpacingEnum;
import net.sf.jasperreports.engine.type.RotationEnum;
import net.sf.jasperreports.engine.util.JRStyledText;
import net.sf.jasperreports.engine.util.JRTextMeasurerFactory;

/**
 * Measures and breaks the letters' plain text with the letter font's own advance widths, the same
 * numbers the PDF writer prints with, instead of JasperReports' AWT line breaking (which was about
 * 40% of the time of filling a letter). Lines break after spaces, and between Chinese characters
 * except before closing and after opening punctuation; a word longer than the line breaks anywhere.
 *
 * <p>Anything else (another font, markup, tabs, indents, line spacing other than single, rotation)
 * goes to JasperReports' own measurer. Registered in letter.jrxml through the property
 * {@code net.sf.jasperreports.text.measurer.factory}.
 */
public final class LetterTextMeasurer implements JRTextMeasurer, JRMeasuredText {

    /** The factory JasperReports instantiates (public, no-argument constructor). */
    public static final class Factory implements JRTextMeasurerFactory {
        private static final TextMeasurerFactory DEFAULT = new TextMeasurerFactory();

        @Override
        public JRTextMeasurer createMeasurer(JasperReportsContext context, JRCommonText element) {
            return new LetterTextMeasurer(element, DEFAULT.createMeasurer(context, element));
        }
    }

    private static final String CLOSING = "，。、；：？！）》」』”’〉】〕…·%,.;:?!)]}";
    private static final String OPENING = "（《「『“‘〈【〔([{";

    private final JRCommonText element;
    private final JRTextMeasurer fallback;
    private final boolean simple;

    // the result of the last measure()
    private int textOffset;
    private float textHeight;
    private float textWidth;
    private float lineHeight;
    private float ascent;
    private float size;
    private boolean paragraphCut;
    private short[] breaks;

    LetterTextMeasurer(JRCommonText element, JRTextMeasurer fallback) {
        this.element = element;
        this.fallback = fallback;
        JRParagraph paragraph = element.getParagraph();
        this.simple = element.getRotation() == RotationEnum.NONE
                && (element.getMarkup() == null || JRCommonText.MARKUP_NONE.equals(element.getMarkup()))
                && element instanceof JRFont font && LetterFont.FAMILY.equals(font.getFontName())
                && !font.isItalic()
                && (paragraph == null || (paragraph.getLineSpacing() == LineSpacingEnum.SINGLE
                        && zero(paragraph.getFirstLineIndent()) && zero(paragraph.getLeftIndent())
                        && zero(paragraph.getRightIndent()) && zero(paragraph.getSpacingBefore())
                        && zero(paragraph.getSpacingAfter())));
    }

    private static boolean zero(Integer v) {
        return v == null || v == 0;
    }

    @Override
    public JRMeasuredText measure(JRStyledText styledText, int remainingTextStart, int availableStretchHeight,
            boolean indentFirstLine, boolean canOverflow) {
        String text = styledText.getText();
        if (!simple || styledText.getRuns().size() > 1 || text.indexOf('\t') >= 0) {
            return fallback.measure(styledText, remainingTextStart, availableStretchHeight, indentFirstLine, canOverflow);
        }
        Map<java.text.AttributedCharacterIterator.Attribute, Object> attributes = styledText.getGlobalAttributes();
        Object sizeAttribute = attributes == null ? null : attributes.get(TextAttribute.SIZE);
        size = sizeAttribute instanceof Number n ? n.floatValue() : element.getFontSize();
        Object weight = attributes == null ? null : attributes.get(TextAttribute.WEIGHT);
        boolean bold = weight instanceof Number w ? w.floatValue() >= TextAttribute.WEIGHT_BOLD : ((JRFont) element).isBold();
        FontProgram font = FontProgram.of(bold);
        float scale = size / font.unitsPerEm;
        ascent = font.ascender * scale;
        lineHeight = (font.ascender - font.descender + font.lineGap) * scale;

        JRLineBox box = element.getLineBox();
        float width = element.getWidth() - pad(box.getLeftPadding()) - pad(box.getRightPadding());
        float maxHeight = element.getHeight() + availableStretchHeight - pad(box.getTopPadding())
                - pad(box.getBottomPadding()) + 0.01f;
        int maxWidthUnits = (int) Math.floor(width / scale);
        int length = text.length();

        short[] found = new short[8];
        int breakCount = 0;
        int lastBreak = remainingTextStart;
        int lines = 0;
        float widest = 0;
        int pos = remainingTextStart;
        boolean softEnd = false;
        paragraphCut = false;
        if (pos >= length) {
            return result(pos, 0, 0, new short[0]);
        }
        while (true) {
            if (pos >= length && lines > 0) {
                break;
            }
            if ((lines + 1) * lineHeight > maxHeight && (lines > 0 || canOverflow)) {
                paragraphCut = softEnd;
                break;
            }
            if (softEnd) {
                if (breakCount == found.length) {
                    found = java.util.Arrays.copyOf(found, breakCount * 2);
                }
                found[breakCount++] = (short) (pos - lastBreak);
                lastBreak = pos;
            }
            // one line from pos: as many characters as fit, back to the last break opportunity
            int end = pos;
            int lineUnits = 0;
            int breakAt = -1;
            int unitsAtBreak = 0;
            boolean hard = false;
            while (end < length) {
                char c = text.charAt(end);
                if (c == '\n') {
                    hard = true;
                    break;
                }
                int cp = text.codePointAt(end);
                int advance = font.advance(font.glyph(cp));
                if (lineUnits + advance > maxWidthUnits && c != ' ' && end > pos) {
                    break;
                }
                int next = end + Character.charCount(cp);
                lineUnits += advance;
                if (next < length && canBreakBetween(text, end, next)) {
                    breakAt = next;
                    unitsAtBreak = lineUnits;
                }
                end = next;
            }
            int lineEnd = end;
            if (!hard && end < length && breakAt > pos) {
                lineEnd = breakAt;
                lineUnits = unitsAtBreak;
            }
            lines++;
            widest = Math.max(widest, lineUnits * scale);
            if (hard) {
                pos = lineEnd + 1;
                softEnd = false;
                if (pos == length) {
                    // a text that ends with a line break ends with an empty line
                    if ((lines + 1) * lineHeight <= maxHeight || !canOverflow) {
                        lines++;
                    }
                    break;
                }
            } else if (lineEnd >= length) {
                pos = length;
                break;
            } else {
                pos = lineEnd;
                softEnd = true;
            }
        }
        return result(Math.min(pos, length), lines * lineHeight, widest, java.util.Arrays.copyOf(found, breakCount));
    }

    private JRMeasuredText result(int offset, float height, float width, short[] lineBreaks) {
        textOffset = offset;
        textHeight = height;
        textWidth = width;
        breaks = lineBreaks;
        return this;
    }

    /** Whether a line may break between the characters at {@code i} and {@code next}. */
    static boolean canBreakBetween(String text, int i, int next) {
        char a = text.charAt(i);
        char b = text.charAt(next);
        if (CLOSING.indexOf(b) >= 0 || OPENING.indexOf(a) >= 0) {
            return false;
        }
        if (a == ' ') {
            return b != ' ';
        }
        if (b == ' ') {
            return false;
        }
        return isWide(a) || isWide(b);
    }

    private static boolean isWide(char c) {
        return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0x3000 && c <= 0x303F) || Character.isSurrogate(c);
    }

    private static float pad(Integer padding) {
        return padding == null ? 0f : padding;
    }

    @Override
    public float getLeadingOffset() {
        return ascent - lineHeight;
    }

    @Override
    public float getLineSpacingFactor() {
        return size == 0 ? 0 : lineHeight / size;
    }

    @Override
    public float getTextWidth() {
        return textWidth;
    }

    @Override
    public float getAverageCharWidth() {
        return size / 2f;
    }

    @Override
    public float getTextHeight() {
        return textHeight;
    }

    @Override
    public int getTextOffset() {
        return textOffset;
    }

    @Override
    public boolean isLeftToRight() {
        return true;
    }

    @Override
    public boolean isParagraphCut() {
        return paragraphCut;
    }

    @Override
    public String getTextSuffix() {
        return null;
    }

    @Override
    public short[] getLineBreakOffsets() {
        return breaks;
    }
}
