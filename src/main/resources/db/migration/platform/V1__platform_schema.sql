-- The platform module's schema; Flyway keeps its history table here.
-- Every module owns one schema, created by that module's first migration.
COMMENT ON SCHEMA platform IS 'Revisio platform: runtime controls, settings, audit';
