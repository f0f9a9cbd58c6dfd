-- The question bank: a question is an entry with immutable versions that move through a review workflow.

CREATE TABLE content.question (
    id                   uuid PRIMARY KEY,
    -- The external id of the working version, kept here so that it is unique among questions.
    external_id          text,
    -- The version editors work on, and the one students get (PUBLISHED, or ARCHIVED until restored).
    working_version_id   uuid NOT NULL,
    published_version_id uuid,
    created_at           timestamptz NOT NULL,
    created_by           uuid NOT NULL,
    CONSTRAINT question_external_id_unique UNIQUE (external_id)
);

CREATE TABLE content.question_version (
    id          uuid PRIMARY KEY,
    question_id uuid NOT NULL REFERENCES content.question (id),
    number      integer NOT NULL CHECK (number >= 1),
    state       text NOT NULL CHECK (state IN ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'PUBLISHED',
                                               'ARCHIVED')),
    author_id   uuid NOT NULL,
    created_at  timestamptz NOT NULL,
    stem        text NOT NULL CHECK (length(stem) <= 10000),
    options     jsonb NOT NULL,
    explanation text NOT NULL,
    source_refs jsonb NOT NULL,
    tags        jsonb NOT NULL,
    theme_id    uuid REFERENCES content.syllabus_node (id),
    difficulty  smallint CHECK (difficulty BETWEEN 1 AND 5),
    external_id text,
    CONSTRAINT question_version_number_unique UNIQUE (question_id, number)
);

CREATE INDEX question_version_theme ON content.question_version (theme_id);

-- The entry and its first version are written in one transaction, so the pointers are checked at commit.
ALTER TABLE content.question
    ADD CONSTRAINT question_working_version FOREIGN KEY (working_version_id)
        REFERENCES content.question_version (id) DEFERRABLE INITIALLY DEFERRED,
    ADD CONSTRAINT question_published_version FOREIGN KEY (published_version_id)
        REFERENCES content.question_version (id) DEFERRABLE INITIALLY DEFERRED;

CREATE TABLE content.question_version_concept (
    version_id uuid NOT NULL REFERENCES content.question_version (id),
    concept_id uuid NOT NULL REFERENCES content.syllabus_node (id),
    position   integer NOT NULL,
    PRIMARY KEY (version_id, concept_id)
);

CREATE INDEX question_version_concept_node ON content.question_version_concept (concept_id);

-- Reviewers' decisions with their comments, per version, append-only.
CREATE TABLE content.question_review_comment (
    id         uuid PRIMARY KEY,
    version_id uuid NOT NULL REFERENCES content.question_version (id),
    author_id  uuid NOT NULL,
    decision   text NOT NULL,
    comment    text NOT NULL CHECK (length(comment) BETWEEN 1 AND 5000),
    created_at timestamptz NOT NULL
);

CREATE INDEX question_review_comment_version ON content.question_review_comment (version_id, created_at);

-- A written version never changes its content; only its workflow state moves. Edits write a new version.
CREATE FUNCTION content.question_version_is_immutable() RETURNS trigger AS $$
BEGIN
    IF (NEW.id, NEW.question_id, NEW.number, NEW.author_id, NEW.created_at, NEW.stem, NEW.options,
        NEW.explanation, NEW.source_refs, NEW.tags, NEW.theme_id, NEW.difficulty, NEW.external_id)
       IS DISTINCT FROM
       (OLD.id, OLD.question_id, OLD.number, OLD.author_id, OLD.created_at, OLD.stem, OLD.options,
        OLD.explanation, OLD.source_refs, OLD.tags, OLD.theme_id, OLD.difficulty, OLD.external_id) THEN
        RAISE EXCEPTION 'question versions are immutable: write a new version instead';
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER question_version_is_immutable BEFORE UPDATE ON content.question_version
    FOR EACH ROW EXECUTE FUNCTION content.question_version_is_immutable();
