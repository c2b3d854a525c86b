package org.recoup.letters;

import java.util.List;

/**
 * A letter ready to fill: its header texts and its blocks, all words in place. The blocks from
 * {@code tailStart} on are the tear-off part, which starts a new page rather than being split.
 */
record ComposedLetter(LetterRequest request, String agencyName, String agencyAddress, String agencyContact,
        byte[] logo, String recipientBlock, String referenceBlock, String footerText, List<Block> blocks,
        int tailStart) {

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
