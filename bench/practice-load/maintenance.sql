-- What autovacuum does during the run, for a PostgreSQL that runs without it: vacuum and analyze every table
-- that the run writes to (the bank in content stays as loaded), so that plans follow the tables as they grow.
SELECT format('VACUUM (ANALYZE) %I.%I', schemaname, relname)
FROM pg_stat_user_tables
WHERE schemaname <> 'content'
\gexec
