-- Searching the question bank: full-text search with the stem weighing most, a lexicon of stem words with
-- trigrams so a misspelt word still finds its question, and the time a question last changed.

-- Trusted since PostgreSQL 13, so a database owner may create it. Installed in public, which is on the
-- application's search path (Flyway runs this with the platform schema first, hence the explicit schema).
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- Computed by PostgreSQL from the version's own columns, so it is written once with the version and never
-- maintained by hand; the immutability trigger of V10 compares named columns only, so it ignores this one.
ALTER TABLE content.question_version
    ADD COLUMN search_document tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, stem), 'A')
            || setweight(jsonb_to_tsvector('english'::regconfig, options, '["string"]'), 'B')
            || setweight(jsonb_to_tsvector('english'::regconfig, tags, '["string"]'), 'B')
            || setweight(to_tsvector('english'::regconfig, explanation), 'C')
        ) STORED;

-- The stem's words alone, small enough to stay in the row: the best tier of hits is read from it, often
-- row by row in update order, where reading the whole document each time would cost ten times more.
ALTER TABLE content.question_version
    ADD COLUMN stem_document tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, stem)) STORED;

CREATE INDEX question_version_search_document ON content.question_version USING gin (search_document);
CREATE INDEX question_version_stem_document ON content.question_version USING gin (stem_document);
CREATE INDEX question_version_tags ON content.question_version USING gin (tags jsonb_path_ops);

-- When the question last changed: a new version or a workflow move of one of its versions.
ALTER TABLE content.question ADD COLUMN updated_at timestamptz;

UPDATE content.question q
SET updated_at = coalesce((SELECT max(v.created_at) FROM content.question_version v WHERE v.question_id = q.id),
                          q.created_at);

ALTER TABLE content.question
    ALTER COLUMN updated_at SET NOT NULL,
    ALTER COLUMN updated_at SET DEFAULT now();

CREATE FUNCTION content.question_touched() RETURNS trigger AS $$
BEGIN
    UPDATE content.question SET updated_at = greatest(updated_at, now()) WHERE id = NEW.question_id;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER question_version_touches_question AFTER INSERT OR UPDATE OF state ON content.question_version
    FOR EACH ROW EXECUTE FUNCTION content.question_touched();

-- The newest-first list and its cursor.
CREATE INDEX question_updated ON content.question (updated_at DESC, id DESC);
CREATE INDEX question_version_author ON content.question_version (author_id);

-- The words stems use, so that a misspelt word can be matched to the words it may mean: a few thousand
-- words are quick to compare by trigrams, where a hundred thousand stems are not. Words are only ever
-- added; one no stem uses any more only leads to a search that finds nothing through it.
CREATE TABLE content.stem_word (
    word text PRIMARY KEY
);

CREATE INDEX stem_word_trigrams ON content.stem_word USING gin (word public.gin_trgm_ops);

CREATE FUNCTION content.stem_words(stem text) RETURNS SETOF text AS $$
    SELECT DISTINCT word FROM regexp_split_to_table(lower(stem), '[^[:alnum:]]+') AS word
    WHERE length(word) BETWEEN 4 AND 40
$$ LANGUAGE sql IMMUTABLE;

CREATE FUNCTION content.stem_words_learned() RETURNS trigger AS $$
BEGIN
    INSERT INTO content.stem_word (word) SELECT content.stem_words(NEW.stem) ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER question_version_stem_words AFTER INSERT ON content.question_version
    FOR EACH ROW EXECUTE FUNCTION content.stem_words_learned();

INSERT INTO content.stem_word (word)
SELECT content.stem_words(stem) FROM content.question_version ON CONFLICT DO NOTHING;
