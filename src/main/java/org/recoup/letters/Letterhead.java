package org.recoup.letters;

import java.util.List;
import java.util.Objects;

/**
 * The agency's letterhead, from the settings, printed on every letter.
 *
 * @param name           the agency's name, e.g. "Harbour Recoveries Ltd"
 * @param nativeName     its name in Chinese, printed beside it on Chinese letters (may be null)
 * @param address        address lines
 * @param licence        licence or registration number, e.g. "FCA FRN 123456" (may be null)
 * @param phone          telephone (may be null)
 * @param email          e-mail (may be null)
 * @param logo           a PNG or JPEG image, or null for none
 * @param signatory      the person who signs, e.g. "Jane Smith"
 * @param signatoryTitle his or her function, e.g. "Collections Manager" (may be null)
 */
public record Letterhead(String name, String nativeName, List<String> address, String licence, String phone,
        String email, byte[] logo, String signatory, String signatoryTitle) {

    public Letterhead {
        Objects.requireNonNull(name, "name");
        address = address == null ? List.of() : List.copyOf(address);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Letterhead l && name.equals(l.name) && Objects.equals(nativeName, l.nativeName)
                && address.equals(l.address) && Objects.equals(licence, l.licence)
                && Objects.equals(phone, l.phone) && Objects.equals(email, l.email)
                && java.util.Arrays.equals(logo, l.logo) && Objects.equals(signatory, l.signatory)
                && Objects.equals(signatoryTitle, l.signatoryTitle);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, address, licence, phone, email, java.util.Arrays.hashCode(logo), signatory);
    }

    @Override
    public String toString() {
        return "Letterhead[" + name + "]";
    }
}
