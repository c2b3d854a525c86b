-- Money: interest terms per debt, allocation order per client, repayment plans and instalments.
-- Balances are never stored: they are sums of ledger_entry rows. Plan progress is derived too.

CREATE SEQUENCE plan_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE instalment_seq START WITH 1 INCREMENT BY 50;

-- How a debt earns simple interest; a debt without a row earns none.
CREATE TABLE interest_terms (
    debt_id     BIGINT PRIMARY KEY REFERENCES debt (id),
    version     BIGINT NOT NULL DEFAULT 0,
    currency    VARCHAR(3) NOT NULL,
    annual_rate NUMERIC(9, 4) NOT NULL,
    day_count   VARCHAR(10) NOT NULL,
    start_date  DATE NOT NULL,
    cap         NUMERIC(19, 4),
    updated_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT interest_rate_range CHECK (annual_rate >= 0 AND annual_rate <= 1000),
    CONSTRAINT interest_cap_not_negative CHECK (cap IS NULL OR cap >= 0)
);

-- A client's money settings; a client without a row allocates fees, interest, principal.
CREATE TABLE client_terms (
    client_id        BIGINT PRIMARY KEY REFERENCES client (id),
    version          BIGINT NOT NULL DEFAULT 0,
    allocation_order VARCHAR(40) NOT NULL
);

CREATE TABLE repayment_plan (
    id               BIGINT PRIMARY KEY,
    version          BIGINT NOT NULL DEFAULT 0,
    debt_id          BIGINT NOT NULL REFERENCES debt (id),
    kind             VARCHAR(10) NOT NULL,
    status           VARCHAR(10) NOT NULL,
    currency         VARCHAR(3) NOT NULL,
    total            NUMERIC(19, 4) NOT NULL,
    down_payment     NUMERIC(19, 4),
    instalment_count INTEGER NOT NULL,
    frequency        VARCHAR(12) NOT NULL,
    start_date       DATE NOT NULL,
    pause_interest   BOOLEAN NOT NULL,
    agreed_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    agreed_on        DATE NOT NULL,
    ended_on         DATE,
    end_reason       VARCHAR(2000),
    -- the debt of an active plan, else null: makes "one active plan per debt" a constraint
    active_debt_id   BIGINT GENERATED ALWAYS AS (CASE WHEN status = 'ACTIVE' THEN debt_id END),
    CONSTRAINT plan_one_active_per_debt UNIQUE (active_debt_id),
    CONSTRAINT plan_total_positive CHECK (total > 0),
    CONSTRAINT plan_count_positive CHECK (instalment_count >= 1)
);
CREATE INDEX plan_debt ON repayment_plan (debt_id, agreed_at);
CREATE INDEX plan_status ON repayment_plan (status);

CREATE TABLE instalment (
    id       BIGINT PRIMARY KEY,
    plan_id  BIGINT NOT NULL REFERENCES repayment_plan (id) ON DELETE CASCADE,
    number   INTEGER NOT NULL,
    due_date DATE NOT NULL,
    currency VARCHAR(3) NOT NULL,
    amount   NUMERIC(19, 4) NOT NULL,
    CONSTRAINT instalment_number_unique UNIQUE (plan_id, number)
);

-- Finding a payment's reversal, and the latest interest posting or payment of a debt.
CREATE INDEX ledger_reverses ON ledger_entry (reverses_id);
CREATE INDEX ledger_debt_type ON ledger_entry (debt_id, type, value_date);
