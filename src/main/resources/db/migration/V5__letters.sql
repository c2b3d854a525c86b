-- Letters: the agency's letterhead (one row), the user's wording of the letters' text blocks, and
-- the archive of every letter produced, its PDF with its SHA-256, tied to the LETTER contact that
-- logged it. Kept in the database so that a backup holds them (docs/decisions/0064-letters-archive.md).

-- The agency's letterhead, printed on every letter: a settings table of one row (id 1).
CREATE TABLE letterhead (
    id                 INTEGER PRIMARY KEY,
    name               VARCHAR(200) NOT NULL,
    native_name        VARCHAR(200),
    address            VARCHAR(1000),             -- lines separated by a line feed
    licence            VARCHAR(100),
    phone              VARCHAR(40),
    email              VARCHAR(254),
    logo               VARBINARY(1000000),        -- PNG or JPEG, at most 512 KB (checked by the service)
    signatory          VARCHAR(200) NOT NULL,
    signatory_title    VARCHAR(200),
    pay_account_name   VARCHAR(200),
    pay_bank           VARCHAR(200),
    pay_account_number VARCHAR(100),
    updated_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT letterhead_single_row CHECK (id = 1)
);

-- The user's text of a block of a template in a language, replacing the default block.
CREATE TABLE letter_wording (
    template   VARCHAR(30) NOT NULL,
    language   VARCHAR(2) NOT NULL,
    block      VARCHAR(60) NOT NULL,
    text       VARCHAR(8000) NOT NULL,
    updated_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (template, language, block)
);

-- Every letter produced: append-only, like the audit trail.
CREATE SEQUENCE letter_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE letter (
    id          BIGINT PRIMARY KEY,
    debtor_id   BIGINT NOT NULL REFERENCES debtor (id),
    debt_id     BIGINT NOT NULL REFERENCES debt (id),
    contact_id  BIGINT NOT NULL REFERENCES contact (id),
    template    VARCHAR(30) NOT NULL,
    language    VARCHAR(5) NOT NULL,
    letter_date DATE NOT NULL,
    produced_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    sha256      CHAR(64) NOT NULL,
    pages       INTEGER NOT NULL,
    size_bytes  INTEGER NOT NULL,
    pdf         BLOB NOT NULL,
    CONSTRAINT letter_size CHECK (size_bytes > 0 AND pages > 0)
);
CREATE INDEX letter_debtor ON letter (debtor_id, produced_at);
CREATE INDEX letter_debt ON letter (debt_id);

CREATE TRIGGER letter_append_only BEFORE UPDATE, DELETE ON letter
    FOR EACH ROW CALL 'org.recoup.store.AppendOnlyTrigger';
