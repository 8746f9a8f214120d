-- Report figures (issue 15, ADR 0285): new outflow records are counted by CREATED_AT (UTC bounds of station days)
-- and returns by RETURNED_ON; both ranges get an index so a day or a period never scans the whole register.
CREATE INDEX OUTFLOW_CREATED ON OUTFLOW_PERIOD (CREATED_AT);
CREATE INDEX OUTFLOW_RETURNED ON OUTFLOW_PERIOD (RETURNED_ON);
