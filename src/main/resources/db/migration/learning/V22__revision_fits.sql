-- Per-student FSRS-6 weight fits: every trial is kept, accepted or not. A student's weights are those of
-- their latest accepted fit (the published defaults before any). Each review names the fit whose weights
-- scheduled it (null: the defaults), so that a rebuild from the reviews gives the same cards.
CREATE TABLE learning.revision_fit (
    id                   uuid PRIMARY KEY,
    student_id           uuid NOT NULL,
    fitted_at            timestamptz NOT NULL,
    -- the student's reviews when the fit ran; a next fit waits for enough new ones
    reviews_total        integer NOT NULL CHECK (reviews_total >= 0),
    -- reviews the weights were fitted on (the older part of the log) and reviews held out (the newest)
    reviews_used         integer NOT NULL CHECK (reviews_used >= 0),
    held_out             integer NOT NULL CHECK (held_out >= 0),
    -- held-out reviews that were predictions, over which both log losses are taken
    held_out_predictions integer NOT NULL CHECK (held_out_predictions > 0),
    -- held-out log loss of the weights the student had, and of the fitted ones
    log_loss_before      double precision NOT NULL,
    log_loss_after       double precision NOT NULL,
    accepted             boolean NOT NULL,
    -- the weights the fit started from (null: the defaults) and the fitted weights w0..w20
    previous_fit_id      uuid REFERENCES learning.revision_fit (id),
    weights              double precision[] NOT NULL CHECK (cardinality(weights) = 21)
);

CREATE INDEX revision_fit_student ON learning.revision_fit (student_id, fitted_at DESC);
CREATE INDEX revision_fit_accepted ON learning.revision_fit (student_id, fitted_at DESC) WHERE accepted;
CREATE INDEX revision_fit_recent ON learning.revision_fit (fitted_at DESC);

ALTER TABLE learning.revision_review ADD COLUMN fit_id uuid REFERENCES learning.revision_fit (id);

-- Counting a student's reviews for the fit job.
CREATE INDEX revision_review_student ON learning.revision_review (student_id);
