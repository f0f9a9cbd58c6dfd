-- Notebook: the student's bookmarks with private notes, and the mistakes notebook kept from finished
-- practice sessions.
CREATE SCHEMA notebook;

-- A bookmark of a question the student has met in practice, filed where that question was when they met it.
CREATE TABLE notebook.bookmark (
    student_id  uuid NOT NULL,
    question_id uuid NOT NULL,
    note        text CHECK (length(note) <= 2000),
    theme_id    uuid NOT NULL,
    concept_ids uuid[] NOT NULL DEFAULT '{}',
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (student_id, question_id)
);

CREATE INDEX bookmark_student_theme ON notebook.bookmark (student_id, theme_id);

-- Finished sessions already taken in: a redelivered PracticeSessionFinished changes nothing.
CREATE TABLE notebook.handled_session (
    session_id  uuid PRIMARY KEY,
    student_id  uuid NOT NULL,
    finished_at timestamptz NOT NULL
);

-- Every answered question of a finished session, with its time (the student's usual time is the median)
-- and whether it was right (a late-handled wrong answer is resolved by a right one taken in before it).
CREATE TABLE notebook.answer_time (
    session_id    uuid NOT NULL REFERENCES notebook.handled_session (session_id),
    question_id   uuid NOT NULL,
    student_id    uuid NOT NULL,
    finished_at   timestamptz NOT NULL,
    time_spent_ms bigint NOT NULL CHECK (time_spent_ms >= 0),
    correct       boolean NOT NULL,
    PRIMARY KEY (session_id, question_id)
);

CREATE INDEX answer_time_student ON notebook.answer_time (student_id, finished_at);

-- A wrong (or unanswered) question of a finished session, classified by the rule that fired, with the
-- measured values behind it. Open until the student answers the question correctly in a later session.
CREATE TABLE notebook.mistake (
    id             uuid PRIMARY KEY,
    student_id     uuid NOT NULL,
    session_id     uuid NOT NULL,
    question_id    uuid NOT NULL,
    version_id     uuid NOT NULL,
    theme_id       uuid NOT NULL,
    block_id       uuid,
    chosen_option  integer,
    correct_option integer NOT NULL,
    rule           text NOT NULL,
    measured       jsonb NOT NULL,
    explanation    text NOT NULL,
    made_at        timestamptz NOT NULL,
    resolved_at    timestamptz,
    resolved_by    uuid,
    CONSTRAINT mistake_once UNIQUE (session_id, question_id)
);

CREATE INDEX mistake_student ON notebook.mistake (student_id, made_at DESC);
CREATE INDEX mistake_open ON notebook.mistake (student_id, question_id) WHERE resolved_at IS NULL;
