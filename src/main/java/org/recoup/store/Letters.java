package org.recoup.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.recoup.domain.Channel;
import org.recoup.domain.Contact;

/**
 * The archive of letters produced: each letter's PDF with its SHA-256, stored with the LETTER
 * contact that logs it, in the same transaction. Append-only (a trigger refuses changes).
 */
public final class Letters {

    private static final String COLUMNS = "l.id, l.debtor_id, l.debt_id, x.reference, l.contact_id, l.template,"
            + " l.language, l.letter_date, l.produced_at, l.sha256, l.pages, l.size_bytes";

    private final StoreSession store;

    Letters(StoreSession store) {
        this.store = store;
    }

    /**
     * A letter to archive.
     *
     * @param contact  its LETTER contact, not yet saved (saved here, with the letter)
     * @param template the template id, e.g. {@code DEMAND}
     * @param language {@code en}, {@code zh} or {@code en+zh}
     */
    public record NewLetter(long debtorId, long debtId, Contact contact, String template, String language,
                            LocalDate letterDate, Instant producedAt, String sha256, int pages, byte[] pdf) {

        public NewLetter {
            Objects.requireNonNull(contact, "contact");
            if (contact.getChannel() != Channel.LETTER || contact.getLetterKind() == null) {
                throw new IllegalArgumentException("a letter is logged by a LETTER contact with a letter kind");
            }
            if (contact.getDebtorId() != debtorId) {
                throw new IllegalArgumentException("the contact is about another debtor");
            }
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(letterDate, "letterDate");
            Objects.requireNonNull(producedAt, "producedAt");
            if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
            }
            if (pdf == null || pdf.length == 0 || pages < 1) {
                throw new IllegalArgumentException("a letter has a PDF of at least one page");
            }
        }
    }

    /** A stored letter without its PDF (for lists). */
    public record Row(long id, long debtorId, long debtId, String debtReference, long contactId, String template,
                      String language, LocalDate letterDate, Instant producedAt, String sha256, int pages,
                      int sizeBytes) {
    }

    /**
     * Saves the letters' contacts (which keeps the debtors list's last contact right, decision
     * 0021) and the letters, with JDBC batches; returns the letters' ids in order.
     */
    public long[] archive(List<NewLetter> letters) {
        if (letters.isEmpty()) {
            return new long[0];
        }
        for (NewLetter letter : letters) {
            store.contacts().append(letter.contact());
        }
        store.hibernate().flush();
        return store.jdbc(connection -> {
            long[] ids = new long[letters.size()];
            long next = 0;
            long last = -1;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO letter (id, debtor_id, debt_id,"
                    + " contact_id, template, language, letter_date, produced_at, sha256, pages, size_bytes, pdf)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < letters.size(); i++) {
                    if (next > last) {
                        try (Statement s = connection.createStatement();
                             ResultSet rs = s.executeQuery("SELECT NEXT VALUE FOR letter_seq")) {
                            rs.next();
                            next = rs.getLong(1);
                            last = next + 49;
                        }
                    }
                    NewLetter l = letters.get(i);
                    ids[i] = next++;
                    insert.setLong(1, ids[i]);
                    insert.setLong(2, l.debtorId());
                    insert.setLong(3, l.debtId());
                    insert.setLong(4, l.contact().getId());
                    insert.setString(5, l.template());
                    insert.setString(6, l.language());
                    Jdbc.setDate(insert, 7, l.letterDate());
                    Jdbc.setInstant(insert, 8, l.producedAt());
                    insert.setString(9, l.sha256());
                    insert.setInt(10, l.pages());
                    insert.setInt(11, l.pdf().length);
                    insert.setBytes(12, l.pdf());
                    insert.addBatch();
                    if ((i + 1) % 50 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            return ids;
        });
    }

    /** The debtor's letters, newest first. */
    public List<Row> forDebtor(long debtorId) {
        return rows("WHERE l.debtor_id = ? ORDER BY l.produced_at DESC, l.id DESC", debtorId);
    }

    public Optional<Row> find(long id) {
        return rows("WHERE l.id = ?", id).stream().findFirst();
    }

    /** The PDF of a stored letter. */
    public Optional<byte[]> pdf(long id) {
        return store.jdbc(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT pdf FROM letter WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty();
                }
            }
        });
    }

    public long count() {
        return store.jdbc(connection -> {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM letter")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private List<Row> rows(String where, long value) {
        return store.jdbc(connection -> {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM letter l JOIN debt x ON x.id = l.debt_id " + where)) {
                ps.setLong(1, value);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
            }
            return rows;
        });
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("debtor_id"), rs.getLong("debt_id"), rs.getString("reference"),
                rs.getLong("contact_id"), rs.getString("template"), rs.getString("language"),
                Jdbc.getDate(rs, "letter_date"), Jdbc.getInstant(rs, "produced_at"), rs.getString("sha256"),
                rs.getInt("pages"), rs.getInt("size_bytes"));
    }
}
