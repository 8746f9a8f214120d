-- Platform inbox and master data (issue 13 items 2-3, ADRs 0265-0269): the last processed inbox cursor (stored in
-- the same transaction as each message's effect: exactly once across crashes) and the cursor acknowledged to the
-- platform; a log of every message with what became of it (applied, ignored, refused with a Chinese reason, a
-- notice for operators, an outflow notice not yet handled); the code tables and divisions the platform pushed, by
-- version (consulted before the packaged ones).
CREATE TABLE SYNC_INBOX_STATE (
    NAME         VARCHAR(20) NOT NULL PRIMARY KEY,
    LAST_CURSOR  BIGINT      NOT NULL,
    ACKED_CURSOR BIGINT      NOT NULL
);
INSERT INTO SYNC_INBOX_STATE (NAME, LAST_CURSOR, ACKED_CURSOR) VALUES ('inbox', 0, 0);

CREATE TABLE SYNC_INBOX_MESSAGE (
    MESSAGE_CURSOR BIGINT        NOT NULL PRIMARY KEY,
    MESSAGE_TYPE   VARCHAR(40)   NOT NULL,
    RECEIVED_AT    TIMESTAMP     NOT NULL,
    OUTCOME        VARCHAR(20)   NOT NULL,
    TEXT           VARCHAR(2000),
    PAYLOAD        CLOB
);
CREATE INDEX SYNC_INBOX_MESSAGE_OUTCOME ON SYNC_INBOX_MESSAGE (OUTCOME, MESSAGE_CURSOR);

CREATE TABLE PLATFORM_MASTER_DATA (
    TABLE_NAME   VARCHAR(40) NOT NULL PRIMARY KEY,
    VERSION      BIGINT      NOT NULL,
    ROWS_TEXT    CLOB        NOT NULL,
    INSTALLED_AT TIMESTAMP   NOT NULL
);
