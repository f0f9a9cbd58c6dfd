-- A practice session may be paused where its mode allows it (tutor, untimed exam): the time measured for
-- the question on screen stops while it is paused. A timed exam keeps its fixed deadline and never pauses.
ALTER TABLE practice.practice_session
    DROP CONSTRAINT practice_session_state_check,
    ADD CONSTRAINT practice_session_state_check
        CHECK (state IN ('IN_PROGRESS', 'PAUSED', 'SUBMITTED', 'EXPIRED', 'ABANDONED')),
    ADD COLUMN paused_at timestamptz,
    DROP CONSTRAINT practice_session_finished,
    ADD CONSTRAINT practice_session_finished CHECK ((state IN ('IN_PROGRESS', 'PAUSED')) = (finished_at IS NULL)),
    ADD CONSTRAINT practice_session_paused CHECK ((state = 'PAUSED') = (paused_at IS NOT NULL)),
    ADD CONSTRAINT practice_session_paused_untimed CHECK (state <> 'PAUSED' OR deadline IS NULL);
