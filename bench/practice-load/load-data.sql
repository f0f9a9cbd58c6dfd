-- The practice load benchmark's data, on top of the search benchmark's 100,000-question bank
-- (src/test/resources/benchmark/question-search-data.sql): every question published, and the students.
-- Run with psql -v students=2000 -v password=... on a freshly migrated database.

SET session_replication_role = replica; -- bulk load: skip the pointer checks and touch triggers
UPDATE content.question_version v SET state = 'PUBLISHED'
FROM content.question q WHERE q.working_version_id = v.id;
UPDATE content.question SET published_version_id = working_version_id;
SET session_replication_role = origin;

-- Students sign in with a password hashed by bcrypt (which Revisio still accepts and upgrades to Argon2id
-- at the first sign-in), so that 2,000 accounts are made in seconds (run.sh then gives them all the Argon2id hash of the first).
CREATE EXTENSION IF NOT EXISTS pgcrypto;
INSERT INTO identity.account (id, email, email_key, display_name, password_hash, role, email_verified_at,
                              created_at, updated_at)
SELECT gen_random_uuid(), 'load-student-' || n || '@load.revisio.test', 'load-student-' || n || '@load.revisio.test',
       'Load student ' || n, '{bcrypt}' || crypt(:'password', gen_salt('bf', 4)), 'STUDENT', now(), now(), now()
FROM generate_series(1, :students) n;

VACUUM ANALYZE;
CHECKPOINT;
