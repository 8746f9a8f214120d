-- 逾期登记 (issue 11 item 5, ADR 0172): registered more than the station's registration.deadlineDays after the
-- declared arrival, and not a relatives' short stay. Stored so lists show it and reports count it by day.
-- Registrations stored before this column are not judged again (false).
ALTER TABLE RESIDENCE_REGISTRATION ADD COLUMN LATE_REGISTRATION BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX REGISTRATION_LATE_DAY ON RESIDENCE_REGISTRATION (LATE_REGISTRATION, REGISTERED_ON);
