-- Analytics: per-student rollups for the student's own analytics (volume, accuracy, time, percentile), kept
-- from finished practice sessions and rebuilt from practice's attempt log by the rebuild command
-- (rebuild student-analytics). See docs/analytics/student-analytics.md.

-- Finished practice sessions already taken into the student rollups: a redelivered PracticeSessionFinished
-- changes nothing. Kept apart from handled_session so that either rollup can be rebuilt on its own.
CREATE TABLE analytics.student_session (
    session_id  uuid PRIMARY KEY,
    student_id  uuid NOT NULL,
    finished_at timestamptz NOT NULL
);

-- Per student, UTC day of the answer and theme: answers, right answers and the time they took.
CREATE TABLE analytics.student_theme_day (
    student_id    uuid NOT NULL,
    day           date NOT NULL,
    theme_id      uuid NOT NULL,
    answers       integer NOT NULL CHECK (answers > 0),
    correct       integer NOT NULL CHECK (correct >= 0 AND correct <= answers),
    time_spent_ms bigint NOT NULL CHECK (time_spent_ms >= 0),
    PRIMARY KEY (student_id, day, theme_id)
);

-- The percentile's cohort: every student's answers on a year's themes in the last days.
CREATE INDEX student_theme_day_cohort ON analytics.student_theme_day (day, theme_id) INCLUDE (student_id, answers, correct);

-- Per student and concept (from the concepts the answered version was filed under).
CREATE TABLE analytics.student_concept (
    student_id    uuid NOT NULL,
    concept_id    uuid NOT NULL,
    theme_id      uuid NOT NULL,
    answers       integer NOT NULL CHECK (answers > 0),
    correct       integer NOT NULL CHECK (correct >= 0 AND correct <= answers),
    time_spent_ms bigint NOT NULL CHECK (time_spent_ms >= 0),
    PRIMARY KEY (student_id, concept_id)
);

-- Everyone's answers and time per theme, so that peers' time per question (everyone but the student) is one
-- row away instead of a sum over every student.
CREATE TABLE analytics.theme_time (
    theme_id      uuid PRIMARY KEY,
    answers       bigint NOT NULL CHECK (answers >= 0),
    time_spent_ms bigint NOT NULL CHECK (time_spent_ms >= 0)
);
