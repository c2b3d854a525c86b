-- Recoup foundation: clients, debtors and their locations, debts, the ledger, contacts, audit.
-- Ids come from sequences in blocks of 50 (Hibernate's pooled-lo optimiser; bulk writers use the
-- same blocks), so that entity saves and JDBC batches never collide.

CREATE SEQUENCE client_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE debtor_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE location_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE debt_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ledger_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE contact_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE audit_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE client (
    id              BIGINT PRIMARY KEY,
    version         BIGINT NOT NULL DEFAULT 0,
    name            VARCHAR(200) NOT NULL,
    default_country VARCHAR(2),
    grace_days      INTEGER NOT NULL DEFAULT 5,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT client_name_unique UNIQUE (name)
);

CREATE TABLE debtor (
    id                 BIGINT PRIMARY KEY,
    version            BIGINT NOT NULL DEFAULT 0,
    kind               VARCHAR(10) NOT NULL,
    name               VARCHAR(200) NOT NULL,
    native_name        VARCHAR(200),
    preferred_language VARCHAR(2) NOT NULL,
    notes              VARCHAR(4000),
    packs_override     VARCHAR(100),
    search_name        VARCHAR(200) NOT NULL,
    search_name_rev    VARCHAR(200) NOT NULL,
    search_native      VARCHAR(200),
    created_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    -- projection of debts, ledger and contacts for the list (kept by the store, rebuildable)
    summary_balance    NUMERIC(19, 4),
    summary_currency   VARCHAR(3),
    summary_status     VARCHAR(10),
    last_contact_at    TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX debtor_search_name ON debtor (search_name);
CREATE INDEX debtor_search_name_rev ON debtor (search_name_rev);
CREATE INDEX debtor_search_native ON debtor (search_native);
CREATE INDEX debtor_summary_balance ON debtor (summary_balance);
CREATE INDEX debtor_last_contact ON debtor (last_contact_at);
CREATE INDEX debtor_summary_status ON debtor (summary_status);

CREATE TABLE location (
    id                BIGINT PRIMARY KEY,
    debtor_id         BIGINT NOT NULL REFERENCES debtor (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    kind              VARCHAR(10) NOT NULL,
    address_line      VARCHAR(300),
    city              VARCHAR(120),
    region            VARCHAR(80),
    postal_code       VARCHAR(20),
    country           VARCHAR(2),
    phone             VARCHAR(20),
    phone_national    VARCHAR(20),
    phone_type        VARCHAR(10),
    email             VARCHAR(254),
    employer_provided BOOLEAN NOT NULL DEFAULT FALSE,
    time_zone         VARCHAR(60) NOT NULL,
    zone_overridden   BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX location_debtor ON location (debtor_id, position);
CREATE INDEX location_phone_national ON location (phone_national);
CREATE INDEX location_email ON location (email);

CREATE TABLE debt (
    id                BIGINT PRIMARY KEY,
    version           BIGINT NOT NULL DEFAULT 0,
    client_id         BIGINT NOT NULL REFERENCES client (id),
    debtor_id         BIGINT NOT NULL REFERENCES debtor (id),
    reference         VARCHAR(60) NOT NULL,
    original_creditor VARCHAR(200),
    product           VARCHAR(12) NOT NULL,
    currency          VARCHAR(3) NOT NULL,
    status            VARCHAR(10) NOT NULL,
    origination_date  DATE,
    delinquency_date  DATE,
    charge_off_date   DATE,
    last_payment_date DATE,
    itemization_date  DATE,
    limitation_years  INTEGER,
    placed_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    reference_key     VARCHAR(60) GENERATED ALWAYS AS (UPPER(reference)),
    CONSTRAINT debt_reference_unique UNIQUE (client_id, reference)
);
CREATE INDEX debt_debtor ON debt (debtor_id);
CREATE INDEX debt_reference_key ON debt (reference_key);

CREATE TABLE ledger_entry (
    id                BIGINT PRIMARY KEY,
    debt_id           BIGINT NOT NULL REFERENCES debt (id),
    type              VARCHAR(12) NOT NULL,
    value_date        DATE NOT NULL,
    recorded_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    currency          VARCHAR(3) NOT NULL,
    principal         NUMERIC(19, 4) NOT NULL,
    interest          NUMERIC(19, 4) NOT NULL,
    fees              NUMERIC(19, 4) NOT NULL,
    credit            NUMERIC(19, 4) NOT NULL,
    payment_method    VARCHAR(14),
    payment_reference VARCHAR(100),
    reverses_id       BIGINT REFERENCES ledger_entry (id),
    memo              VARCHAR(500)
);
CREATE INDEX ledger_debt ON ledger_entry (debt_id, value_date);

CREATE TABLE contact (
    id          BIGINT PRIMARY KEY,
    debtor_id   BIGINT NOT NULL REFERENCES debtor (id),
    at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    channel     VARCHAR(14) NOT NULL,
    direction   VARCHAR(8) NOT NULL,
    party       VARCHAR(12) NOT NULL,
    location_id BIGINT,
    outcome     VARCHAR(20),
    notes       VARCHAR(4000),
    recorded_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    -- the debts the contact was about; contacts are always read per debtor, never per debt
    debt_ids    BIGINT ARRAY NOT NULL
);
CREATE INDEX contact_debtor ON contact (debtor_id, at);

CREATE TABLE audit_entry (
    id         BIGINT PRIMARY KEY,
    at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    subject    VARCHAR(10) NOT NULL,
    subject_id BIGINT NOT NULL,
    action     VARCHAR(40) NOT NULL,
    from_value VARCHAR(200),
    to_value   VARCHAR(200),
    reason     VARCHAR(2000)
);
CREATE INDEX audit_subject ON audit_entry (subject, subject_id, at);

-- The audit trail is append-only: the database itself refuses to change or remove a line.
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE, DELETE ON audit_entry
    FOR EACH ROW CALL 'org.recoup.store.AppendOnlyTrigger';
