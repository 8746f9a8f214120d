-- 居住证明 (issue 14 item 5, ADR 0223): every printed residence certificate with what it certified. The
-- verification code printed on it is an HMAC over exactly these values with a key derived from the station secret;
-- `verify --code` finds the row by its code and recomputes the HMAC, so an altered row or a guessed code fails.
CREATE TABLE RESIDENCE_PROOF (
    ID              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    CODE            VARCHAR(20)  NOT NULL,
    PROOF_NUMBER    VARCHAR(30)  NOT NULL,
    REGISTRATION_ID BIGINT       NOT NULL REFERENCES RESIDENCE_REGISTRATION (ID),
    REG_NUMBER      VARCHAR(30)  NOT NULL,
    PERSON_NAME     VARCHAR(100) NOT NULL,
    MASKED_ID       VARCHAR(18)  NOT NULL,
    ADDRESS_TEXT    VARCHAR(300) NOT NULL,
    RESIDENT_SINCE  DATE         NOT NULL,
    ISSUED_ON       DATE         NOT NULL,
    ISSUED_AT       TIMESTAMP    NOT NULL,
    OPERATOR        VARCHAR(32)  NOT NULL,
    CONSTRAINT RESIDENCE_PROOF_CODE UNIQUE (CODE),
    CONSTRAINT RESIDENCE_PROOF_NUMBER UNIQUE (PROOF_NUMBER)
)
