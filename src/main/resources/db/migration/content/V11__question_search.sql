-- Searching the question bank: one row per question with everything a search filters, orders and matches
-- on, a lexicon of stem words with trigrams so a misspelt word still finds its question, and the time a
-- question last changed.

-- Trusted since PostgreSQL 13, so a database owner may create it. Installed in public, which is on the
-- application's search path (Flyway runs this with the platform schema first, hence the explicit schema).
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

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

-- What a search sees of a question: its working version's filters, the update time it is ordered by, and
-- two tsvectors, the stem alone (the best tier of hits) and the whole question (stem, options, tags,
-- explanation). One table, so that every filter and the order can be served by its own indexes and the
-- planner can combine them, rather than joining question to version for every candidate.
CREATE VIEW content.question_search_source AS
SELECT q.id AS question_id,
       w.id AS version_id,
       w.state,
       w.theme_id,
       ARRAY(SELECT c.concept_id FROM content.question_version_concept c WHERE c.version_id = w.id) AS concept_ids,
       w.author_id,
       w.difficulty,
       ARRAY(SELECT jsonb_array_elements_text(w.tags)) AS tags,
       q.updated_at,
       to_tsvector('english'::regconfig, w.stem) AS stem_document,
       to_tsvector('english'::regconfig, w.stem)
           || jsonb_to_tsvector('english'::regconfig, w.options, '["string"]')
           || jsonb_to_tsvector('english'::regconfig, w.tags, '["string"]')
           || to_tsvector('english'::regconfig, w.explanation) AS search_document
FROM content.question q
JOIN content.question_version w ON w.id = q.working_version_id;

CREATE TABLE content.question_search (
    question_id     uuid PRIMARY KEY REFERENCES content.question (id),
    version_id      uuid NOT NULL,
    state           text NOT NULL,
    theme_id        uuid,
    concept_ids     uuid[] NOT NULL,
    author_id       uuid NOT NULL,
    difficulty      smallint,
    tags            text[] NOT NULL,
    updated_at      timestamptz NOT NULL,
    stem_document   tsvector NOT NULL,
    search_document tsvector NOT NULL
);

CREATE INDEX question_search_updated ON content.question_search (updated_at DESC, question_id DESC);
CREATE INDEX question_search_state ON content.question_search (state, updated_at DESC, question_id DESC);
CREATE INDEX question_search_theme ON content.question_search (theme_id);
CREATE INDEX question_search_author ON content.question_search (author_id);
CREATE INDEX question_search_concepts ON content.question_search USING gin (concept_ids);
CREATE INDEX question_search_tags ON content.question_search USING gin (tags);
CREATE INDEX question_search_stem_document ON content.question_search USING gin (stem_document);
CREATE INDEX question_search_document ON content.question_search USING gin (search_document);

-- Filters are rarely independent (an author writes for a few themes, a new theme is mostly drafts); the
-- planner estimates combinations better when it knows how they go together.
CREATE STATISTICS question_search_filters (dependencies, mcv) ON state, theme_id, author_id, difficulty
    FROM content.question_search;

CREATE FUNCTION content.question_search_refresh(question uuid) RETURNS void AS $$
    INSERT INTO content.question_search
    SELECT * FROM content.question_search_source WHERE question_id = question
    ON CONFLICT (question_id) DO UPDATE SET
        version_id = EXCLUDED.version_id, state = EXCLUDED.state, theme_id = EXCLUDED.theme_id,
        concept_ids = EXCLUDED.concept_ids, author_id = EXCLUDED.author_id, difficulty = EXCLUDED.difficulty,
        tags = EXCLUDED.tags, updated_at = EXCLUDED.updated_at, stem_document = EXCLUDED.stem_document,
        search_document = EXCLUDED.search_document
$$ LANGUAGE sql;

-- Kept current in the writing transaction. A new question's row appears once its first version exists
-- (writing the version touches the question); a state move touches the question too; concepts are
-- written after their version.
CREATE FUNCTION content.question_search_question_changed() RETURNS trigger AS $$
BEGIN
    PERFORM content.question_search_refresh(NEW.id);
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER question_search_question AFTER INSERT OR UPDATE OF working_version_id, updated_at
    ON content.question FOR EACH ROW EXECUTE FUNCTION content.question_search_question_changed();

CREATE FUNCTION content.question_search_concept_added() RETURNS trigger AS $$
BEGIN
    PERFORM content.question_search_refresh(v.question_id) FROM content.question_version v
    WHERE v.id = NEW.version_id;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER question_search_concept AFTER INSERT ON content.question_version_concept
    FOR EACH ROW EXECUTE FUNCTION content.question_search_concept_added();

INSERT INTO content.question_search SELECT * FROM content.question_search_source;

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
