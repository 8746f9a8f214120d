-- The audit chain becomes an HMAC keyed outside the database (docs/decisions/0138). One row, written by the
-- application when it keys the chain: a database without it still carries the old unkeyed SHA-256 chain.
CREATE TABLE AUDIT_CHAIN (
    ID             SMALLINT     NOT NULL PRIMARY KEY,
    ALGORITHM      VARCHAR(20)  NOT NULL,
    KEYED_AT       TIMESTAMP    NOT NULL,
    LEGACY_ENTRIES BIGINT       NOT NULL,
    LEGACY_BROKEN  BIGINT       NOT NULL
);
