-- The reports' permit figures and overdue lists read indexes only (ADR 0401): at 1,000,000 persons with 300,000
-- permits a month holds ~100,000 permit steps, and fetching each step row, its permit row and its registration row
-- (scattered, encrypted pages) took 3-8 s per period; the overdue lists sorted every open permit with its person and
-- registration before keeping the first 100 (1.4-2.7 s).
-- steps of a range of days with everything the figures group by, and the permit they belong to
DROP INDEX PERMIT_STEP_DAY;
CREATE INDEX PERMIT_STEP_DAY ON PERMIT_STEP (STEP_ACTION, STEP_DAY, OPERATOR, FROM_STATUS, TO_STATUS, FEE_FEN,
    PERMIT_ID);
-- a permit's registration by its id, without reading the row (the join to the registration's division)
CREATE INDEX PERMIT_ID_REGISTRATION ON PERMIT_APPLICATION (ID, REGISTRATION_ID);
-- open permits past their promised day, oldest first, without reading the rows
DROP INDEX PERMIT_STATUS_PROMISED;
CREATE INDEX PERMIT_STATUS_PROMISED ON PERMIT_APPLICATION (STATUS, PROMISED_ON, ISSUED_ON, ID);
-- printed cards not collected, oldest first
CREATE INDEX PERMIT_STATUS_PRINTED ON PERMIT_APPLICATION (STATUS, PRINTED_ON, ID);
