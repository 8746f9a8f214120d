-- User management (issue 10 item 4, docs/decisions/0160): a password an administrator set must be changed at
-- the next sign-in; when the password last changed and when the account last signed in are kept for the
-- administrator's list. ACTIVE (V1) already tells a disabled account.
ALTER TABLE USER_ACCOUNT ADD COLUMN MUST_CHANGE_PASSWORD BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE USER_ACCOUNT ADD COLUMN PASSWORD_CHANGED_AT TIMESTAMP;
ALTER TABLE USER_ACCOUNT ADD COLUMN LAST_LOGIN_AT TIMESTAMP;
UPDATE USER_ACCOUNT SET PASSWORD_CHANGED_AT = CREATED_AT;
