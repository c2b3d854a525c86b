package org.recoup.letters;

import java.util.List;
import java.util.function.BooleanSupplier;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;

/**
 * Feeds composed letters to the report: one record per block, letter after letter. Checks the
 * cancel flag each time a new letter starts.
 */
final class LetterSource implements JRDataSource {

    /** Thrown into the fill when the batch was cancelled. */
    static final class Cancelled extends JRException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("cancelled");
        }
    }

    private final List<ComposedLetter> letters;
    private final int firstNumber;
    private final BooleanSupplier cancelled;
    private int letter = 0;
    private int block = -1;

    LetterSource(List<ComposedLetter> letters, int firstNumber, BooleanSupplier cancelled) {
        this.letters = letters;
        this.firstNumber = firstNumber;
        this.cancelled = cancelled;
    }

    @Override
    public boolean next() throws JRException {
        while (letter < letters.size()) {
            if (block < 0 && cancelled.getAsBoolean()) {
                throw new Cancelled();
            }
            block++;
            if (block < letters.get(letter).blocks().size()) {
                return true;
            }
            letter++;
            block = -1;
        }
        return false;
    }

    @Override
    public Object getFieldValue(JRField field) {
        ComposedLetter l = letters.get(letter);
        Block b = l.blocks().get(block);
        return switch (field.getName()) {
            case "kind" -> b.kind();
            case "text" -> b.text();
            case "value" -> b.value();
            case "extra" -> b.extra();
            case "part" -> l.part(block);
            case "section" -> l.section(block);
            case "letterNo" -> firstNumber + letter;
            case "letterId" -> l.request().letterId();
            case "agencyName" -> l.agencyName();
            case "agencyAddress" -> l.agencyAddress();
            case "agencyContact" -> l.agencyContact();
            case "logo" -> l.logo();
            case "recipientBlock" -> l.recipientBlock();
            case "referenceBlock" -> l.referenceBlock();
            case "footerText" -> l.footerText();
            case "continuation" -> l.continuation();
            default -> null;
        };
    }
}
