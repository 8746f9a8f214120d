-- Test only (SchemaUpgradeTest): a migration that fails half-way through an upgrade.
ALTER TABLE NO_SUCH_TABLE ADD COLUMN NOTHING INT;
