-- State derived from learning.attempt, always recomputable from it (rebuild mastery, rebuild elo).

-- Knowledge tracing parameters per skill as the fit job last stored them; a skill without a row uses the
-- defaults. defaults = true: the skill had too little data and got the defaults.
CREATE TABLE learning.skill_parameters (
    skill_kind     text NOT NULL CHECK (skill_kind IN ('THEME', 'CONCEPT')),
    skill_id       uuid NOT NULL,
    prior          double precision NOT NULL CHECK (prior BETWEEN 0 AND 1),
    learn          double precision NOT NULL CHECK (learn BETWEEN 0 AND 1),
    guess          double precision NOT NULL CHECK (guess BETWEEN 0 AND 0.3),
    slip           double precision NOT NULL CHECK (slip BETWEEN 0 AND 0.1),
    defaults       boolean NOT NULL,
    -- the data the fit saw: a next fit waits for enough new attempts
    attempts       integer NOT NULL CHECK (attempts >= 0),
    students       integer NOT NULL CHECK (students >= 0),
    log_likelihood double precision NOT NULL,
    fitted_at      timestamptz NOT NULL,
    PRIMARY KEY (skill_kind, skill_id)
);

-- Per student and skill: the probability the skill is known, and the attempts it rests on.
CREATE TABLE learning.mastery (
    student_id uuid NOT NULL,
    skill_kind text NOT NULL CHECK (skill_kind IN ('THEME', 'CONCEPT')),
    skill_id   uuid NOT NULL,
    known      double precision NOT NULL CHECK (known BETWEEN 0 AND 1),
    attempts   integer NOT NULL CHECK (attempts >= 0),
    PRIMARY KEY (student_id, skill_kind, skill_id)
);

-- Elo-style difficulty per question and ability per student and theme (logits), with the answers each
-- rests on (the step shrinks with them).
CREATE TABLE learning.question_difficulty (
    question_id uuid PRIMARY KEY,
    difficulty  double precision NOT NULL,
    answers     integer NOT NULL CHECK (answers >= 0)
);

CREATE TABLE learning.theme_ability (
    student_id uuid NOT NULL,
    theme_id   uuid NOT NULL,
    ability    double precision NOT NULL,
    answers    integer NOT NULL CHECK (answers >= 0),
    PRIMARY KEY (student_id, theme_id)
);
