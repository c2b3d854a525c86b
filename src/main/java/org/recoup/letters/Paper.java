package org.recoup.letters;

import java.util.Locale;

import net.sf.jasperreports.engine.design.JasperDesign;

/**
 * The paper a letter is printed on: US Letter in the United States, A4 elsewhere. Both keep the
 * same 481 pt text column (about 170 mm), so one design fits both.
 */
public enum Paper {
    /** 210 × 297 mm, margins about 20 mm at the sides. */
    A4(595, 842, 57, 57, 40, 34),
    /** 8.5 × 11 in, margins about 0.9 in at the sides. */
    LETTER(612, 792, 65, 66, 36, 30);

    /** The width of the text column, in points, on every paper. */
    public static final int COLUMN_WIDTH = 481;

    private final int width;
    private final int height;
    private final int left;
    private final int right;
    private final int top;
    private final int bottom;

    Paper(int width, int height, int left, int right, int top, int bottom) {
        this.width = width;
        this.height = height;
        this.left = left;
        this.right = right;
        this.top = top;
        this.bottom = bottom;
        if (width - left - right != COLUMN_WIDTH) {
            throw new IllegalStateException(name() + " column");
        }
    }

    /** Letter for the United States (and its territories' ISO codes), A4 for every other country. */
    public static Paper forCountry(String isoCountry) {
        if (isoCountry == null) {
            return A4;
        }
        return switch (isoCountry.trim().toUpperCase(Locale.ROOT)) {
            case "US", "PR", "GU", "VI", "AS", "MP" -> LETTER;
            default -> A4;
        };
    }

    public int widthPoints() {
        return width;
    }

    public int heightPoints() {
        return height;
    }

    /** Sets a design's page size and margins to this paper (build time). */
    void applyTo(JasperDesign design) {
        design.setPageWidth(width);
        design.setPageHeight(height);
        design.setLeftMargin(left);
        design.setRightMargin(right);
        design.setTopMargin(top);
        design.setBottomMargin(bottom);
        design.setColumnWidth(COLUMN_WIDTH);
        design.setName(design.getName() + "-" + name());
    }
}
