-- The learner models' facts: every answered question of a finished practice session (append-only), and
-- what knowledge tracing and Elo predicted for it before they learnt from it (append-only, to measure
-- their accuracy on real answers).
CREATE TABLE learning.attempt (
    -- the order the models learnt the attempts in (answer time within a practice session, sessions in the
    -- order they were handled); a rebuild replays in this order and so gets the same state
    seq          bigint PRIMARY KEY,
    session_id   uuid NOT NULL,
    question_id  uuid NOT NULL,
    version_id   uuid NOT NULL,
    student_id   uuid NOT NULL,
    theme_id     uuid NOT NULL,
    -- the concepts the answered version was filed under (often none)
    concept_ids  uuid[] NOT NULL DEFAULT '{}',
    option_count smallint NOT NULL CHECK (option_count >= 2),
    correct      boolean NOT NULL,
    answered_at  timestamptz NOT NULL,
    -- one attempt per question per practice session: a redelivered event adds nothing
    CONSTRAINT attempt_once_per_session UNIQUE (session_id, question_id)
);

CREATE INDEX attempt_student ON learning.attempt (student_id, seq);
CREATE INDEX attempt_theme ON learning.attempt (theme_id, seq);
CREATE INDEX attempt_concepts ON learning.attempt USING gin (concept_ids);

-- One row per model and skill an attempt was predicted for: BKT per skill (the theme and each concept),
-- Elo once (its ability is per theme).
CREATE TABLE learning.prediction (
    attempt_seq bigint NOT NULL REFERENCES learning.attempt (seq),
    model       text NOT NULL CHECK (model IN ('BKT', 'ELO')),
    skill_kind  text NOT NULL CHECK (skill_kind IN ('THEME', 'CONCEPT')),
    skill_id    uuid NOT NULL,
    -- the predicted chance of a correct answer, made before the model learnt from the answer
    predicted   double precision NOT NULL CHECK (predicted BETWEEN 0 AND 1),
    correct     boolean NOT NULL,
    PRIMARY KEY (attempt_seq, model, skill_kind, skill_id)
);
