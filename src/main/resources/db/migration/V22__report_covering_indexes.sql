-- The period report's registration figures read indexes only (ADR 0368): at 1,000,000 persons a month holds ~26,000
-- changes and move-outs, and fetching each history row and its registration row (large, encrypted pages) took ~3 s
-- per period, three periods per report (this one, the previous one, the same one last year).
DROP INDEX REGISTRATION_HISTORY_KIND;
CREATE INDEX REGISTRATION_HISTORY_KIND ON REGISTRATION_HISTORY (KIND, OCCURRED_AT, OPERATOR, REGISTRATION_ID);
-- a registration's division by its id, without reading the row (the join of the history figures)
CREATE INDEX REGISTRATION_ID_DIVISION ON RESIDENCE_REGISTRATION (ID, RESIDENCE_DIVISION);
-- registrations of a range of days grouped by operator and division, with the late flag
DROP INDEX REGISTRATION_DAY;
CREATE INDEX REGISTRATION_DAY ON RESIDENCE_REGISTRATION (REGISTERED_ON, OPERATOR, RESIDENCE_DIVISION, LATE_REGISTRATION);
