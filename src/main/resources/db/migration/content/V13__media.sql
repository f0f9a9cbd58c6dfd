-- Images of the question bank, stored on disk by the SHA-256 of their bytes; this is what we know about each.
CREATE TABLE content.media (
    sha256            text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    media_type        text NOT NULL CHECK (media_type IN ('image/png', 'image/jpeg', 'image/webp', 'image/gif')),
    size_bytes        bigint NOT NULL CHECK (size_bytes > 0),
    width             integer CHECK (width > 0),
    height            integer CHECK (height > 0),
    original_filename text CHECK (length(original_filename) <= 255),
    uploaded_by       uuid NOT NULL,
    uploaded_at       timestamptz NOT NULL
);

CREATE INDEX media_uploaded_at ON content.media (uploaded_at DESC, sha256);

-- Which question versions show which images, written with the version (versions never change).
CREATE TABLE content.question_version_media (
    version_id uuid NOT NULL REFERENCES content.question_version (id),
    sha256     text NOT NULL REFERENCES content.media (sha256),
    PRIMARY KEY (version_id, sha256)
);

CREATE INDEX question_version_media_sha256 ON content.question_version_media (sha256);
