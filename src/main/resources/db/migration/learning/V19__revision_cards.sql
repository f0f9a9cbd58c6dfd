-- Revision on FSRS-6: every graded recall of a question by a student (append-only), and each card's state
-- as the scheduler left it after the last of them (always recomputable from the reviews).
CREATE SCHEMA learning;

CREATE TABLE learning.revision_review (
    id           uuid PRIMARY KEY,
    student_id   uuid NOT NULL,
    question_id  uuid NOT NULL,
    -- the practice session whose answer this review comes from: one review per question per session
    session_id   uuid NOT NULL,
    reviewed_at  timestamptz NOT NULL,
    rating       smallint NOT NULL CHECK (rating BETWEEN 1 AND 4),
    -- why the answer got that rating, in words (see docs/learning/revision.md)
    reason       text NOT NULL,
    CONSTRAINT revision_review_once_per_session UNIQUE (session_id, question_id)
);

CREATE INDEX revision_review_card ON learning.revision_review (student_id, question_id, reviewed_at, id);

CREATE TABLE learning.revision_card (
    student_id  uuid NOT NULL,
    question_id uuid NOT NULL,
    phase       text NOT NULL CHECK (phase IN ('LEARNING', 'REVIEW', 'RELEARNING')),
    step        integer NOT NULL,
    stability   double precision NOT NULL CHECK (stability > 0),
    difficulty  double precision NOT NULL CHECK (difficulty BETWEEN 1 AND 10),
    due         timestamptz NOT NULL,
    last_review timestamptz NOT NULL,
    reps        integer NOT NULL,
    lapses      integer NOT NULL,
    suspended   boolean NOT NULL DEFAULT false,
    PRIMARY KEY (student_id, question_id)
);

CREATE INDEX revision_card_due ON learning.revision_card (student_id, due) WHERE NOT suspended;
