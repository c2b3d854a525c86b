-- Reports: each client's commission rate, in percent of what is collected for it, for the client
-- statement (collected, commission, due to the client). Null until someone sets it; the statement
-- then says that no rate is set and shows no commission (docs/decisions/0071-reports-client-statement.md).
ALTER TABLE client ADD COLUMN commission_rate NUMERIC(7, 4);
ALTER TABLE client ADD CONSTRAINT client_commission_range
    CHECK (commission_rate IS NULL OR (commission_rate >= 0 AND commission_rate <= 100));

-- H2's page cache: 128 MB instead of its default 16 MB (the setting is kept in the database file).
-- The dashboard reads every ledger row and every debt; with 16 MB a 100,000-debtor portfolio does
-- not fit, and each reading re-reads and decodes some 42,000 pages: its main query took 0.47 s of
-- CPU, 0.30 s with 128 MB (docs/decisions/0072-reports-dashboard-speed.md). The cache only holds
-- pages that were read, so a small database uses little of it. No index is added: none of the
-- dashboard's queries needed one.
SET CACHE_SIZE 131072;
