package org.recoup.service.letters;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The agency's letterhead as the settings edit it, printed on every letter.
 *
 * @param address        one line per line of the text
 * @param logo           a PNG or JPEG image (at most 512 KB), or null
 * @param payAccountName where debtors pay (optional, printed on letters that ask for payment)
 */
public record LetterheadForm(String name, String nativeName, String address, String licence, String phone,
                             String email, byte[] logo, String signatory, String signatoryTitle,
                             String payAccountName, String payBank, String payAccountNumber) {

    /** The address's lines, blank ones left out. */
    public List<String> addressLines() {
        return address == null ? List.of() : address.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LetterheadForm f && Objects.equals(name, f.name) && Objects.equals(nativeName, f.nativeName)
                && Objects.equals(address, f.address) && Objects.equals(licence, f.licence)
                && Objects.equals(phone, f.phone) && Objects.equals(email, f.email) && Arrays.equals(logo, f.logo)
                && Objects.equals(signatory, f.signatory) && Objects.equals(signatoryTitle, f.signatoryTitle)
                && Objects.equals(payAccountName, f.payAccountName) && Objects.equals(payBank, f.payBank)
                && Objects.equals(payAccountNumber, f.payAccountNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, address, signatory, Arrays.hashCode(logo));
    }

    @Override
    public String toString() {
        return "LetterheadForm[" + name + "]";
    }
}
