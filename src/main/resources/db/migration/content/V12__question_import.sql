-- Question import and export: uploaded files with their dry-run report, the outcome of each committed row,
-- and a content hash per question version so that re-importing the same content is found by index.

CREATE TABLE content.question_import (
    id            uuid PRIMARY KEY,
    format        text NOT NULL CHECK (format IN ('JSON', 'CSV')),
    file_name     text NOT NULL CHECK (length(file_name) <= 255),
    file          bytea NOT NULL,
    -- CHECKED: dry run done; QUEUED: commit asked for; RUNNING: a worker holds it until lease_until; DONE.
    status        text NOT NULL CHECK (status IN ('CHECKED', 'QUEUED', 'RUNNING', 'DONE')),
    report        jsonb NOT NULL,
    row_count     integer NOT NULL CHECK (row_count >= 0),
    uploaded_by   uuid NOT NULL,
    uploaded_at   timestamptz NOT NULL,
    committed_by  uuid,
    lease_until   timestamptz,
    finished_at   timestamptz
);

CREATE INDEX question_import_recent ON content.question_import (uploaded_at DESC);
CREATE INDEX question_import_pending ON content.question_import (uploaded_at) WHERE status IN ('QUEUED', 'RUNNING');

-- One row per committed file row, written in the same transaction as the question it created (if any):
-- a resumed job skips the rows found here, so no row is ever imported twice.
CREATE TABLE content.question_import_row (
    import_id   uuid NOT NULL REFERENCES content.question_import (id) ON DELETE CASCADE,
    row_number  integer NOT NULL,
    outcome     text NOT NULL CHECK (outcome IN ('CREATED', 'DUPLICATE_EXTERNAL_ID', 'DUPLICATE_CONTENT', 'INVALID')),
    question_id uuid,
    message     text,
    PRIMARY KEY (import_id, row_number)
);

-- SHA-256 of a version's canonical content (see docs/content/import.md), filled for imported versions when
-- they are written and for hand-written ones before each dry run and commit.
CREATE TABLE content.question_version_hash (
    version_id   uuid PRIMARY KEY REFERENCES content.question_version (id),
    question_id  uuid NOT NULL REFERENCES content.question (id),
    content_hash text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$')
);

CREATE INDEX question_version_hash_lookup ON content.question_version_hash (content_hash);
