-- sync --status tells how many inbox messages the last run received (issue 13 item 7): the run history keeps the count
ALTER TABLE SYNC_RUN ADD COLUMN INBOX INTEGER NOT NULL DEFAULT 0;
