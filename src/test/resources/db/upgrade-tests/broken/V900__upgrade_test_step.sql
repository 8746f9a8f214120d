-- Test only (SchemaUpgradeTest): a migration that works, so the failed upgrade below has changed something
-- that the restore must take back.
CREATE TABLE UPGRADE_TEST_STEP (ID INT NOT NULL PRIMARY KEY);
