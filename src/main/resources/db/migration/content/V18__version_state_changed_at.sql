-- When a version last moved in the workflow, so that the review queue can put the longest-waiting
-- submission first (a version may be written long before it is submitted).
ALTER TABLE content.question_version ADD COLUMN state_changed_at timestamptz;

UPDATE content.question_version SET state_changed_at = created_at;

ALTER TABLE content.question_version
    ALTER COLUMN state_changed_at SET NOT NULL,
    ALTER COLUMN state_changed_at SET DEFAULT now();

CREATE INDEX question_version_waiting_for_review ON content.question_version (state_changed_at, question_id)
    WHERE state = 'IN_REVIEW';
