-- 拟居住期限届满 (issue 15 item 4, ADR 0327): the last day of the intended stay (arrival + the code's months − 1
-- day; 9999-12-31 for 三年及以上, no or an unknown code), written on every save and change. NULL = not judged yet:
-- rows stored before this version are filled once by the start-up back-fill (IntendedStayBackfill), which reads the
-- code from FORM_JSON. The reminder list reads ACTIVE rows whose stay ended before today on this index.
ALTER TABLE RESIDENCE_REGISTRATION ADD COLUMN INTENDED_STAY_END DATE;
CREATE INDEX REGISTRATION_STAY_END ON RESIDENCE_REGISTRATION (STATUS, INTENDED_STAY_END);
