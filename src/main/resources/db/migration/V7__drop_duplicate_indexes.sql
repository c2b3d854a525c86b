-- H2 gives every foreign key an index of its own on the referencing column when the key is
-- declared (here inline, in CREATE TABLE), and does not drop it when an index on exactly the same
-- column is created later. These six were such twins of a foreign key's index: every row written
-- paid for both. The foreign keys' own indexes serve the same lookups.
-- (An index whose first column is a foreign key's column, such as contact_debtor on
-- (debtor_id, at), is not a twin: H2 only shares an index with a key on exactly its columns.)
DROP INDEX debt_debtor;
DROP INDEX ledger_reverses;
DROP INDEX inconvenient_time_debtor;
DROP INDEX promise_debt;
DROP INDEX letter_debt;
DROP INDEX third_party_debtor;
