-- Adaptive practice sessions: a mode of their own (feedback after each answer, like tutor), and for each of
-- their questions why it was chosen, with the measures behind the choice (see docs/practice/adaptive.md):
-- {"kind": "DUE_REVIEW" | "WEAK_AREA" | "NEAR_ABILITY", "due", "retrievability", "mastery", "attempts",
--  "predictedSuccess"}. Null for the questions of other modes.
ALTER TABLE practice.practice_session
    DROP CONSTRAINT practice_session_mode_check,
    ADD CONSTRAINT practice_session_mode_check CHECK (mode IN ('TUTOR', 'EXAM', 'ADAPTIVE'));

ALTER TABLE practice.session_question
    ADD COLUMN reason jsonb,
    ADD CONSTRAINT session_question_reason_kind
        CHECK (reason IS NULL OR reason ->> 'kind' IN ('DUE_REVIEW', 'WEAK_AREA', 'NEAR_ABILITY'));
