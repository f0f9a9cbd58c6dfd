-- Analytics: item statistics for editors, kept from finished practice sessions (and rebuilt from practice's
-- attempt log by the rebuild command). See docs/analytics/item-statistics.md.
CREATE SCHEMA analytics;

-- Finished practice sessions already taken in: a redelivered PracticeSessionFinished changes nothing.
CREATE TABLE analytics.handled_session (
    session_id  uuid PRIMARY KEY,
    finished_at timestamptz NOT NULL
);

-- Every final answer of a finished session, as the statistics need it. The median time is read from here.
CREATE TABLE analytics.item_answer (
    session_id    uuid NOT NULL REFERENCES analytics.handled_session (session_id),
    question_id   uuid NOT NULL,
    version_id    uuid NOT NULL,
    chosen_option integer NOT NULL,
    correct       boolean NOT NULL,
    time_spent_ms bigint NOT NULL CHECK (time_spent_ms >= 0),
    -- The student's share right on the session's other questions, in ten-thousandths; null when the session
    -- had no other question.
    rest_score    integer CHECK (rest_score BETWEEN 0 AND 10000),
    finished_at   timestamptz NOT NULL,
    PRIMARY KEY (session_id, question_id)
);

CREATE INDEX item_answer_time ON analytics.item_answer (question_id, time_spent_ms);

-- Per question: the running sums its statistics come from (so nothing is recomputed from every answer per
-- request), and what follows from them, written together with the sums.
CREATE TABLE analytics.item_statistic (
    question_id             uuid PRIMARY KEY,
    -- Where the highest-numbered version answered so far is filed.
    theme_id                uuid NOT NULL,
    concept_ids             uuid[] NOT NULL DEFAULT '{}',
    latest_version_number   integer NOT NULL,
    answers                 bigint NOT NULL CHECK (answers >= 0),
    correct                 bigint NOT NULL CHECK (correct >= 0 AND correct <= answers),
    -- Answers with a rest score (the discrimination's pairs): their count, how many were right, the sum of
    -- the rest scores, of their squares, and of the rest scores of the right ones.
    scored                  bigint NOT NULL,
    scored_correct          bigint NOT NULL,
    sum_rest                bigint NOT NULL,
    sum_rest_squared        bigint NOT NULL,
    sum_rest_correct        bigint NOT NULL,
    share_correct           double precision NOT NULL,
    discrimination          double precision,
    negative_discrimination boolean NOT NULL,
    distractor_above_key    boolean NOT NULL,
    flagged                 boolean GENERATED ALWAYS AS (negative_discrimination OR distractor_above_key) STORED,
    last_answered_at        timestamptz NOT NULL
);

CREATE INDEX item_statistic_theme ON analytics.item_statistic (theme_id);
CREATE INDEX item_statistic_concepts ON analytics.item_statistic USING gin (concept_ids);
CREATE INDEX item_statistic_flagged ON analytics.item_statistic (question_id) WHERE flagged;

-- Per question version: its answers and key (option shares only make sense within one version's options).
CREATE TABLE analytics.item_version (
    version_id     uuid PRIMARY KEY,
    question_id    uuid NOT NULL REFERENCES analytics.item_statistic (question_id),
    number         integer NOT NULL,
    correct_option integer NOT NULL CHECK (correct_option >= 0),
    option_count   integer NOT NULL CHECK (option_count >= 1),
    answers        bigint NOT NULL,
    correct        bigint NOT NULL
);

CREATE INDEX item_version_question ON analytics.item_version (question_id, number DESC);

-- How often each option of a version was the final choice (options in the version's stored order).
CREATE TABLE analytics.item_option (
    version_id   uuid NOT NULL REFERENCES analytics.item_version (version_id),
    option_index integer NOT NULL CHECK (option_index >= 0),
    chosen       bigint NOT NULL,
    PRIMARY KEY (version_id, option_index)
);
