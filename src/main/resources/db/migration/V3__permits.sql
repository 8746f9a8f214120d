-- Residence permits (居住证): one row per application/permit. The complete aggregate (history, prints,
-- handovers, endorsements, fees) is kept as JSON in STATE_JSON; the columns are what the counter's
-- lists, reminders and statistics query, each list an indexed range on 1,000,000 persons (ADR 0070).

CREATE TABLE PERMIT_APPLICATION (
    ID                VARCHAR(36)  NOT NULL PRIMARY KEY,
    PERSON_ID         BIGINT       NOT NULL REFERENCES PERSON (ID),
    REGISTRATION_ID   BIGINT       NOT NULL REFERENCES RESIDENCE_REGISTRATION (ID),
    STATUS            VARCHAR(20)  NOT NULL,
    -- day the current status was entered: queue order and "waiting longer than N days"
    STATUS_SINCE      DATE         NOT NULL,
    SUBMITTED_ON      DATE         NOT NULL,
    ACCEPTANCE_NO     VARCHAR(30),
    PERMIT_NO         VARCHAR(30),
    -- a new permit's number, drawn when its first card is prepared and kept until it is printed (ADR 0072)
    RESERVED_NO       VARCHAR(30),
    ACCEPTED_ON       DATE,
    PROMISED_ON       DATE,
    APPROVED_ON       DATE,
    PRINTED_ON        DATE,
    ISSUED_ON         DATE,
    NEXT_ANNIVERSARY  DATE,
    VALID_UNTIL       DATE,
    ENDORSEMENT_COUNT INTEGER      NOT NULL,
    CANCELLED_ON      DATE,
    STATE_JSON        CLOB         NOT NULL,
    UPDATED_AT        TIMESTAMP    NOT NULL,
    VERSION           INTEGER      NOT NULL,
    CONSTRAINT PERMIT_ACCEPTANCE_NO UNIQUE (ACCEPTANCE_NO),
    CONSTRAINT PERMIT_PERMIT_NO UNIQUE (PERMIT_NO),
    CONSTRAINT PERMIT_RESERVED_NO UNIQUE (RESERVED_NO)
);
CREATE INDEX PERMIT_PERSON ON PERMIT_APPLICATION (PERSON_ID, SUBMITTED_ON);
-- review queue (ACCEPTED), print queue (APPROVED), overdue collection (PRINTED), awaiting materials
CREATE INDEX PERMIT_STATUS_SINCE ON PERMIT_APPLICATION (STATUS, STATUS_SINCE);
-- endorsement due (ISSUED, anniversary in a range) and lapsed (ISSUED/SUSPENDED, anniversary passed)
CREATE INDEX PERMIT_STATUS_ANNIVERSARY ON PERMIT_APPLICATION (STATUS, NEXT_ANNIVERSARY);

-- 互联网申办: pre-applications received from the platform inbox, waiting for the resident at the counter.
CREATE TABLE ONLINE_APPLICATION (
    ID           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    PLATFORM_REF VARCHAR(64)  NOT NULL,
    KIND         VARCHAR(16)  NOT NULL,
    ID_NUMBER    VARCHAR(18)  NOT NULL,
    NAME         VARCHAR(100) NOT NULL,
    FORM_JSON    CLOB         NOT NULL,
    RECEIVED_AT  TIMESTAMP    NOT NULL,
    STATUS       VARCHAR(16)  NOT NULL,
    VERIFIED_AT  TIMESTAMP,
    VERIFIED_BY  VARCHAR(32),
    CLOSED_AT    TIMESTAMP,
    CLOSED_BY    VARCHAR(32),
    CLOSE_NOTE   VARCHAR(200),
    VERSION      INTEGER      NOT NULL,
    CONSTRAINT ONLINE_APPLICATION_REF UNIQUE (PLATFORM_REF)
);
CREATE INDEX ONLINE_APPLICATION_QUEUE ON ONLINE_APPLICATION (STATUS, RECEIVED_AT);
CREATE INDEX ONLINE_APPLICATION_ID_NUMBER ON ONLINE_APPLICATION (ID_NUMBER);
