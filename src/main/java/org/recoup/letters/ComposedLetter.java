package org.recoup.letters;

import java.util.List;

/**
 * A letter ready to fill: its header texts and its blocks, all words in place. The blocks from
 * {@code tailStart} on are the tear-off part, which starts a new page rather than being split; the
 * second language of a bilingual letter starts at {@code secondSection} (or never, when it is
 * {@code blocks.size()}), and does not start at the very bottom of a page.
 */
record ComposedLetter(LetterRequest request, String agencyName, String agencyAddress, String agencyContact,
        byte[] logo, String recipientBlock, String referenceBlock, String footerText, List<Block> blocks,
        int secondSection, int tailStart) {

    /** The part of the letter a block is in, for the report's page-keeping groups. */
    String part(int block) {
        return block >= tailStart ? "TAIL" : "BODY";
    }

    /** The line at the top of a letter's second and later pages: to whom, and our reference. */
    String continuation() {
        int newline = recipientBlock.indexOf('\n');
        return (newline < 0 ? recipientBlock : recipientBlock.substring(0, newline)) + "  ·  "
                + request.debt().reference() + "  ·  " + agencyName;
    }

    String section(int block) {
        return block >= tailStart ? "T" : block >= secondSection ? "2" : "1";
    }

    /** Every text the letter prints, for checking that the font has each character. */
    String allText() {
        StringBuilder all = new StringBuilder(2048);
        all.append(agencyName).append(agencyAddress).append(agencyContact).append(recipientBlock)
                .append(referenceBlock).append(footerText);
        for (Block b : blocks) {
            if (b.text() != null) {
                all.append(b.text());
            }
            if (b.value() != null) {
                all.append(b.value());
            }
            if (b.extra() != null) {
                all.append(b.extra());
            }
        }
        return all.toString();
    }
}
