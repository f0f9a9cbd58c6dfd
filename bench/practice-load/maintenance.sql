-- What autovacuum does during the run, for a PostgreSQL that runs without it: vacuum and analyze the tables
-- that changed enough by autovacuum's own default rules (PostgreSQL 15: dead rows above 50 + 20 %, rows changed
-- since the last analyze above 50 + 10 %, rows inserted since the last vacuum above 1,000 + 20 % of the
-- table), so that plans follow the tables as they grow. The bank in content stays as loaded.
SELECT format('VACUUM (ANALYZE) %I.%I', t.schemaname, t.relname)
FROM pg_stat_user_tables t
JOIN pg_class c ON c.oid = t.relid
WHERE t.schemaname <> 'content'
  AND (t.n_dead_tup > 50 + 0.2 * greatest(c.reltuples, 0)
       OR t.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0)
       OR t.n_ins_since_vacuum > 1000 + 0.2 * greatest(c.reltuples, 0))
\gexec
