-- The chief's reports (issue 15, ADR 0240/0241): every figure is an aggregate query on indexed columns.
-- PERMIT_STEP holds one row per step of a permit's history (the aggregate's PermitTransition list in
-- STATE_JSON, written in the same transaction by the permit repository), so "printed / reprinted / issued /
-- endorsed / fees taken on a day" is a COUNT/SUM with GROUP BY instead of parsing JSON. STEP_DAY is the
-- Asia/Shanghai day of OCCURRED_AT (UTC), so day ranges need no zone arithmetic in SQL.
CREATE TABLE PERMIT_STEP (
    PERMIT_ID   VARCHAR(36)  NOT NULL REFERENCES PERMIT_APPLICATION (ID),
    STEP_NO     INTEGER      NOT NULL,
    STEP_ACTION VARCHAR(20)  NOT NULL,
    FROM_STATUS VARCHAR(20),
    TO_STATUS   VARCHAR(20)  NOT NULL,
    OCCURRED_AT TIMESTAMP    NOT NULL,
    STEP_DAY    DATE         NOT NULL,
    OPERATOR    VARCHAR(32)  NOT NULL,
    FEE_FEN     BIGINT       NOT NULL,
    CONSTRAINT PERMIT_STEP_KEY PRIMARY KEY (PERMIT_ID, STEP_NO)
);
-- every flow figure: a range of days per action, grouped by operator
CREATE INDEX PERMIT_STEP_DAY ON PERMIT_STEP (STEP_ACTION, STEP_DAY, OPERATOR);

-- registrations made on a day (all statuses), changes and move-outs by day
CREATE INDEX REGISTRATION_DAY ON RESIDENCE_REGISTRATION (REGISTERED_ON, OPERATOR);
CREATE INDEX REGISTRATION_HISTORY_KIND ON REGISTRATION_HISTORY (KIND, OCCURRED_AT);
-- applications past their promised date (超期未办结): open statuses, promised day before the report day
CREATE INDEX PERMIT_STATUS_PROMISED ON PERMIT_APPLICATION (STATUS, PROMISED_ON);
