-- Platform sync (issue 13, ADRs 0200-0209): the one uploader lease per station database, the history of upload
-- runs for the operator's sync screen, and the alert (CONFLICT, unresolvable GAP) that stops uploading until
-- an administrator or chief clears it. The outbox itself is OUTBOX_EVENT of V1.
CREATE TABLE SYNC_LEASE (
    NAME       VARCHAR(20)  NOT NULL PRIMARY KEY,
    HOLDER     VARCHAR(80),
    EXPIRES_AT TIMESTAMP
);
INSERT INTO SYNC_LEASE (NAME, HOLDER, EXPIRES_AT) VALUES ('uploader', NULL, NULL);

CREATE TABLE SYNC_RUN (
    ID                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    STARTED_AT        TIMESTAMP     NOT NULL,
    FINISHED_AT       TIMESTAMP     NOT NULL,
    RUN_TRIGGER       VARCHAR(20)   NOT NULL,
    OUTCOME           VARCHAR(20)   NOT NULL,
    UPLOADED          INTEGER       NOT NULL,
    DUPLICATES        INTEGER       NOT NULL,
    REJECTED          INTEGER       NOT NULL,
    BACKLOG           BIGINT        NOT NULL,
    LAST_ACCEPTED_SEQ BIGINT        NOT NULL,
    MESSAGE           VARCHAR(1000)
);
CREATE INDEX SYNC_RUN_OUTCOME ON SYNC_RUN (OUTCOME, ID);

CREATE TABLE SYNC_ALERT (
    ID         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    RAISED_AT  TIMESTAMP     NOT NULL,
    KIND       VARCHAR(20)   NOT NULL,
    SEQ        BIGINT        NOT NULL,
    MESSAGE    VARCHAR(1000) NOT NULL,
    CLEARED_AT TIMESTAMP,
    CLEARED_BY VARCHAR(32)
);
