-- Daily work: the people around a debtor, the events that change what is allowed, the times he
-- said are inconvenient, scheduled actions, promises to pay, collection strategies, and the
-- compliance log (every check that blocked, every override with its reason).

CREATE SEQUENCE third_party_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE inconvenient_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE event_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE scheduled_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE promise_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE strategy_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE compliance_log_seq START WITH 1 INCREMENT BY 50;

-- What the debtor (or his employer) said, as standing facts of the debtor.
ALTER TABLE debtor ADD COLUMN employer_prohibits_contact BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE debtor ADD COLUMN consent_other_hours BOOLEAN DEFAULT FALSE NOT NULL;

-- What the rules need to know of a logged contact.
ALTER TABLE contact ADD COLUMN third_party_id BIGINT;
ALTER TABLE contact ADD COLUMN at_workplace BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE contact ADD COLUMN letter_kind VARCHAR(20);
ALTER TABLE contact ADD COLUMN undeliverable BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE contact ADD COLUMN validation_end DATE;
ALTER TABLE contact ADD COLUMN has_opt_out BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE contact ADD COLUMN mentions_debt BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE contact ADD COLUMN override_reason VARCHAR(2000);

-- People other than the debtor: his attorney, family, employer, an emergency contact.
CREATE TABLE third_party (
    id         BIGINT PRIMARY KEY,
    debtor_id  BIGINT NOT NULL REFERENCES debtor (id),
    name       VARCHAR(200) NOT NULL,
    relation   VARCHAR(20) NOT NULL,
    phone      VARCHAR(20),
    email      VARCHAR(254),
    time_zone  VARCHAR(60),
    notes      VARCHAR(2000),
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX third_party_debtor ON third_party (debtor_id);

-- Local times the debtor said are inconvenient: from included, to excluded, on some weekdays.
CREATE TABLE inconvenient_time (
    id          BIGINT PRIMARY KEY,
    debtor_id   BIGINT NOT NULL REFERENCES debtor (id),
    from_time   TIME NOT NULL,
    to_time     TIME NOT NULL,
    days        VARCHAR(40) NOT NULL,
    recorded_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX inconvenient_time_debtor ON inconvenient_time (debtor_id);

-- Events that change what is allowed (cease, attorney, dispute, opt-out, consent, objection...).
CREATE TABLE compliance_event (
    id             BIGINT PRIMARY KEY,
    debtor_id      BIGINT NOT NULL REFERENCES debtor (id),
    type           VARCHAR(24) NOT NULL,
    at             TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    debt_ids       BIGINT ARRAY NOT NULL,
    channel        VARCHAR(14),
    location_id    BIGINT,
    third_party_id BIGINT,
    written        BOOLEAN DEFAULT FALSE NOT NULL,
    window_from    TIMESTAMP(6) WITH TIME ZONE,
    window_to      TIMESTAMP(6) WITH TIME ZONE,
    notes          VARCHAR(2000),
    recorded_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX compliance_event_debtor ON compliance_event (debtor_id, at);

-- Actions planned for a time: a call, SMS, e-mail, visit or letter.
CREATE TABLE scheduled_action (
    id              BIGINT PRIMARY KEY,
    version         BIGINT NOT NULL DEFAULT 0,
    debtor_id       BIGINT NOT NULL REFERENCES debtor (id),
    channel         VARCHAR(14) NOT NULL,
    at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    party           VARCHAR(12) NOT NULL,
    location_id     BIGINT,
    third_party_id  BIGINT,
    debt_ids        BIGINT ARRAY NOT NULL,
    letter_template VARCHAR(30),
    purpose         VARCHAR(20) NOT NULL,
    note            VARCHAR(2000),
    status          VARCHAR(10) NOT NULL,
    override_reason VARCHAR(2000),
    contact_id      BIGINT,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX scheduled_action_due ON scheduled_action (status, at);
CREATE INDEX scheduled_action_debtor ON scheduled_action (debtor_id, at);

-- What a debtor promised to pay, and by when; kept or broken is decided from the ledger.
CREATE TABLE promise (
    id          BIGINT PRIMARY KEY,
    version     BIGINT NOT NULL DEFAULT 0,
    debtor_id   BIGINT NOT NULL REFERENCES debtor (id),
    debt_id     BIGINT NOT NULL REFERENCES debt (id),
    currency    VARCHAR(3) NOT NULL,
    amount      NUMERIC(19, 4) NOT NULL,
    due_date    DATE NOT NULL,
    promised_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    contact_id  BIGINT,
    status      VARCHAR(8) NOT NULL,
    decided_at  TIMESTAMP(6) WITH TIME ZONE,
    follow_up_id BIGINT,
    CONSTRAINT promise_amount_positive CHECK (amount > 0)
);
CREATE INDEX promise_due ON promise (status, due_date);
CREATE INDEX promise_debt ON promise (debt_id);

-- A client's collection strategy: an ordered ladder of steps.
CREATE TABLE strategy_step (
    id              BIGINT PRIMARY KEY,
    client_id       BIGINT NOT NULL REFERENCES client (id),
    position        INTEGER NOT NULL,
    days            INTEGER NOT NULL,
    anchor          VARCHAR(14) NOT NULL,
    action          VARCHAR(14) NOT NULL,
    letter_template VARCHAR(30),
    CONSTRAINT strategy_step_order UNIQUE (client_id, position),
    CONSTRAINT strategy_step_days CHECK (days >= 0 AND days <= 3650)
);

-- Every check that blocked an action someone tried to take, and every override with its reason.
CREATE TABLE compliance_log (
    id              BIGINT PRIMARY KEY,
    at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    debtor_id       BIGINT NOT NULL,
    debt_ids        BIGINT ARRAY NOT NULL,
    channel         VARCHAR(14) NOT NULL,
    proposed_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    verdict         VARCHAR(5) NOT NULL,
    rules           VARCHAR(200) NOT NULL,
    codes           VARCHAR(400) NOT NULL,
    summary         VARCHAR(2000),
    overridden      BOOLEAN DEFAULT FALSE NOT NULL,
    override_reason VARCHAR(2000),
    source          VARCHAR(12) NOT NULL
);
CREATE INDEX compliance_log_at ON compliance_log (at);
CREATE INDEX compliance_log_debtor ON compliance_log (debtor_id, at);

CREATE TRIGGER compliance_log_append_only BEFORE UPDATE, DELETE ON compliance_log
    FOR EACH ROW CALL 'org.recoup.store.AppendOnlyTrigger';
