-- Import mappings: how each client's spreadsheets are read (column -> field, date order, decimal
-- separator, defaults, what to do with duplicates), as JSON (see MappingJson and decision 0031).
-- One per client, replaced each time an import of that client's file runs.

CREATE SEQUENCE import_mapping_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE import_mapping (
    id           BIGINT PRIMARY KEY,
    version      BIGINT NOT NULL DEFAULT 0,
    client_id    BIGINT NOT NULL REFERENCES client (id),
    mapping_json VARCHAR(100000) NOT NULL,
    updated_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT import_mapping_client_unique UNIQUE (client_id)
);
