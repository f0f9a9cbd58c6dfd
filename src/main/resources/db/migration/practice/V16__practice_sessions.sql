-- Practice: the pool of published questions as practice sees it, practice sessions with their pinned
-- questions and append-only answers, what each student has seen, and the peer counters of the review.
CREATE SCHEMA practice;

-- Kept by content's QuestionPublished / QuestionWithdrawn events (and rebuilt from content's API on start).
CREATE TABLE practice.question_pool (
    question_id  uuid PRIMARY KEY,
    version_id   uuid NOT NULL,
    theme_id     uuid NOT NULL,
    concept_ids  uuid[] NOT NULL DEFAULT '{}',
    difficulty   smallint CHECK (difficulty BETWEEN 1 AND 5),
    option_count integer NOT NULL CHECK (option_count >= 2),
    updated_at   timestamptz NOT NULL
);

CREATE INDEX question_pool_theme ON practice.question_pool (theme_id);
CREATE INDEX question_pool_concepts ON practice.question_pool USING gin (concept_ids);

CREATE TABLE practice.practice_session (
    id               uuid PRIMARY KEY,
    student_id       uuid NOT NULL,
    mode             text NOT NULL CHECK (mode IN ('TUTOR', 'EXAM')),
    state            text NOT NULL CHECK (state IN ('IN_PROGRESS', 'SUBMITTED', 'EXPIRED', 'ABANDONED')),
    -- The builder's choices as asked, and the seed its random choices came from.
    request          jsonb NOT NULL,
    seed             bigint NOT NULL,
    asked            integer NOT NULL CHECK (asked BETWEEN 1 AND 200),
    created_at       timestamptz NOT NULL,
    -- Null for an untimed session; the server expires a timed one here.
    deadline         timestamptz,
    -- The server's clock at the student's last answer (or the start): the base of time measurement.
    last_activity_at timestamptz NOT NULL,
    finished_at      timestamptz,
    correct_count    integer,
    CONSTRAINT practice_session_finished CHECK ((state = 'IN_PROGRESS') = (finished_at IS NULL))
);

CREATE INDEX practice_session_student ON practice.practice_session (student_id, created_at DESC);
CREATE INDEX practice_session_due ON practice.practice_session (deadline)
    WHERE state = 'IN_PROGRESS' AND deadline IS NOT NULL;

-- A session's questions, pinned at creation: the version and the order its options are shown in.
CREATE TABLE practice.session_question (
    session_id    uuid NOT NULL REFERENCES practice.practice_session (id),
    position      integer NOT NULL CHECK (position >= 0),
    question_id   uuid NOT NULL,
    version_id    uuid NOT NULL,
    theme_id      uuid NOT NULL,
    block_id      uuid,
    -- option_order[shown + 1] is the stored index of the option shown at that place.
    option_order  integer[] NOT NULL,
    correct_index integer NOT NULL,
    -- The current answer (stored option index) and its client-generated id; null while unanswered.
    chosen_index  integer,
    answer_id     uuid,
    flagged       boolean NOT NULL DEFAULT false,
    -- Shown places the student struck out.
    struck_out    integer[] NOT NULL DEFAULT '{}',
    time_spent_ms bigint NOT NULL DEFAULT 0 CHECK (time_spent_ms >= 0),
    PRIMARY KEY (session_id, position),
    CONSTRAINT session_question_once UNIQUE (session_id, question_id)
);

-- Every answer ever given, append-only; a change in exam mode is a new row.
CREATE TABLE practice.answer (
    id             uuid PRIMARY KEY,
    session_id     uuid NOT NULL,
    question_id    uuid NOT NULL,
    chosen_index   integer NOT NULL,
    shown_position integer NOT NULL,
    correct        boolean NOT NULL,
    answered_at    timestamptz NOT NULL,
    time_spent_ms  bigint NOT NULL CHECK (time_spent_ms >= 0),
    FOREIGN KEY (session_id, question_id) REFERENCES practice.session_question (session_id, question_id)
);

CREATE INDEX answer_session ON practice.answer (session_id, question_id, answered_at);

-- What each student has done with each question across sessions: the builder's pools and least-seen rule.
CREATE TABLE practice.student_question (
    student_id   uuid NOT NULL,
    question_id  uuid NOT NULL,
    seen_count   integer NOT NULL DEFAULT 0,
    answered     boolean NOT NULL DEFAULT false,
    last_correct boolean,
    flagged      boolean NOT NULL DEFAULT false,
    PRIMARY KEY (student_id, question_id)
);

-- How often each option of a version was the final choice in a finished session, for the review's shares.
CREATE TABLE practice.option_choice (
    version_id   uuid NOT NULL,
    option_index integer NOT NULL,
    chosen       bigint NOT NULL,
    PRIMARY KEY (version_id, option_index)
);

-- Finished sessions already added to option_choice: a redelivered event adds nothing.
CREATE TABLE practice.counted_session (
    session_id uuid PRIMARY KEY,
    counted_at timestamptz NOT NULL
);
