package org.recoup.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * How a client's import files are read, kept so that the next file of the same client needs no
 * mapping by hand. The mapping itself is JSON (the format of {@code recoup import --mapping}).
 */
@Entity
@Table(name = "import_mapping")
public class ImportMapping {

    /** The longest mapping kept. */
    public static final int MAX_JSON = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_mapping_seq")
    @SequenceGenerator(name = "import_mapping_seq", sequenceName = "import_mapping_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "client_id", nullable = false, unique = true)
    private long clientId;

    @Column(name = "mapping_json", nullable = false, length = MAX_JSON)
    private String json;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ImportMapping() {
    }

    public ImportMapping(long clientId, String json, Instant updatedAt) {
        this.clientId = clientId;
        replace(json, updatedAt);
    }

    /** Keeps a newer mapping in place of this one. */
    public void replace(String json, Instant at) {
        this.json = Validate.required(json, "importMapping.json", MAX_JSON);
        this.updatedAt = Validate.required(at, "importMapping.updatedAt");
    }

    public Long getId() {
        return id;
    }

    public long getClientId() {
        return clientId;
    }

    public String getJson() {
        return json;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
