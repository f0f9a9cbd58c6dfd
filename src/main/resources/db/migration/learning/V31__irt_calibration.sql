-- IRT 2PL calibration runs an admin asks for (or the optional nightly schedule), and each run's result per
-- question. The results are derived from learning.attempt and can always be computed again by a new run.
CREATE TABLE learning.irt_calibration (
    id                  uuid PRIMARY KEY,
    -- the admin who asked for it; null for a run the nightly schedule queued
    requested_by        uuid,
    requested_at        timestamptz NOT NULL,
    started_at          timestamptz,
    finished_at         timestamptz,
    state               text NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    failure             text,
    -- how often a process took it up: a run whose process died is queued again, up to a limit
    starts              integer NOT NULL DEFAULT 0 CHECK (starts >= 0),
    -- the settings it ran with
    min_item_answers    integer NOT NULL CHECK (min_item_answers >= 1),
    min_student_answers integer NOT NULL CHECK (min_student_answers >= 1),
    max_responses       integer NOT NULL CHECK (max_responses >= 1),
    -- what it saw and how the fit went (null until it succeeded)
    items               integer CHECK (items >= 0),
    students            integer CHECK (students >= 0),
    responses           integer CHECK (responses >= 0),
    flagged_items       integer CHECK (flagged_items >= 0),
    em_iterations       integer CHECK (em_iterations >= 0),
    converged           boolean,
    log_likelihood      double precision,
    CONSTRAINT irt_calibration_finished CHECK ((state IN ('SUCCEEDED', 'FAILED')) = (finished_at IS NOT NULL)),
    CONSTRAINT irt_calibration_failure CHECK ((state = 'FAILED') = (failure IS NOT NULL))
);

-- At most one run queued or running at a time: a second request is refused, even from another instance.
CREATE UNIQUE INDEX irt_calibration_one_active ON learning.irt_calibration ((true))
    WHERE state IN ('QUEUED', 'RUNNING');
CREATE INDEX irt_calibration_newest ON learning.irt_calibration (requested_at DESC, id DESC);

-- One calibrated question of a run. Standard errors and fit statistics are null where they cannot be
-- computed (a singular information matrix, an item nobody got wrong).
CREATE TABLE learning.irt_calibration_item (
    calibration_id    uuid NOT NULL REFERENCES learning.irt_calibration (id) ON DELETE CASCADE,
    question_id       uuid NOT NULL,
    discrimination    double precision NOT NULL,
    difficulty        double precision NOT NULL,
    discrimination_se double precision,
    difficulty_se     double precision,
    infit             double precision,
    outfit            double precision,
    q1                double precision,
    q1_df             integer NOT NULL CHECK (q1_df >= 0),
    q1_p              double precision CHECK (q1_p BETWEEN 0 AND 1),
    answers           integer NOT NULL CHECK (answers >= 1),
    share_correct     double precision NOT NULL CHECK (share_correct BETWEEN 0 AND 1),
    misfit            boolean NOT NULL,
    PRIMARY KEY (calibration_id, question_id)
);
