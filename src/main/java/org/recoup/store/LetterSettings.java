package org.recoup.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The letters' settings in the database (so that a backup holds them): the agency's letterhead
 * (one row) and the user's text blocks, per template, language and block.
 */
public final class LetterSettings {

    private final StoreSession store;

    LetterSettings(StoreSession store) {
        this.store = store;
    }

    /** The stored letterhead; {@code address} has one line per line feed. */
    public record LetterheadRow(String name, String nativeName, String address, String licence, String phone,
                                String email, byte[] logo, String signatory, String signatoryTitle,
                                String payAccountName, String payBank, String payAccountNumber, Instant updatedAt) {
    }

    public Optional<LetterheadRow> letterhead() {
        return store.jdbc(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT name, native_name, address, licence, phone,"
                    + " email, logo, signatory, signatory_title, pay_account_name, pay_bank, pay_account_number,"
                    + " updated_at FROM letterhead WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<LetterheadRow>empty();
                }
                return Optional.of(new LetterheadRow(rs.getString("name"), rs.getString("native_name"),
                        rs.getString("address"), rs.getString("licence"), rs.getString("phone"), rs.getString("email"),
                        rs.getBytes("logo"), rs.getString("signatory"), rs.getString("signatory_title"),
                        rs.getString("pay_account_name"), rs.getString("pay_bank"), rs.getString("pay_account_number"),
                        Jdbc.getInstant(rs, "updated_at")));
            }
        });
    }

    /** Replaces the letterhead (values already validated by the caller). */
    public void saveLetterhead(LetterheadRow row) {
        store.jdbc(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("MERGE INTO letterhead (id, name, native_name,"
                    + " address, licence, phone, email, logo, signatory, signatory_title, pay_account_name, pay_bank,"
                    + " pay_account_number, updated_at) KEY (id) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, row.name());
                ps.setString(2, row.nativeName());
                ps.setString(3, row.address());
                ps.setString(4, row.licence());
                ps.setString(5, row.phone());
                ps.setString(6, row.email());
                ps.setBytes(7, row.logo());
                ps.setString(8, row.signatory());
                ps.setString(9, row.signatoryTitle());
                ps.setString(10, row.payAccountName());
                ps.setString(11, row.payBank());
                ps.setString(12, row.payAccountNumber());
                Jdbc.setInstant(ps, 13, row.updatedAt());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The user's blocks of a template, keyed {@code "en.NAME"} / {@code "zh.NAME"}. */
    public Map<String, String> wording(String template) {
        return store.jdbc(connection -> {
            Map<String, String> blocks = new LinkedHashMap<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT language, block, text FROM letter_wording WHERE template = ? ORDER BY language, block")) {
                ps.setString(1, template);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        blocks.put(rs.getString(1) + "." + rs.getString(2), rs.getString(3));
                    }
                }
            }
            return blocks;
        });
    }

    public void saveWording(String template, String language, String block, String text, Instant at) {
        store.jdbc(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("MERGE INTO letter_wording (template, language,"
                    + " block, text, updated_at) KEY (template, language, block) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, template);
                ps.setString(2, language);
                ps.setString(3, block);
                ps.setString(4, text);
                Jdbc.setInstant(ps, 5, at);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Removes the user's text of a block: the default applies again. */
    public void removeWording(String template, String language, String block) {
        store.jdbc(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "DELETE FROM letter_wording WHERE template = ? AND language = ? AND block = ?")) {
                ps.setString(1, template);
                ps.setString(2, language);
                ps.setString(3, block);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
