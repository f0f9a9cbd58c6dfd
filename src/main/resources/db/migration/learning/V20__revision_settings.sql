-- Each student's revision settings, and the desired retention each review was scheduled with, so that a
-- rebuild from the reviews gives the same cards even after the student changed the setting.
CREATE TABLE learning.revision_settings (
    student_id        uuid PRIMARY KEY,
    desired_retention double precision NOT NULL CHECK (desired_retention BETWEEN 0.70 AND 0.97),
    daily_limit       integer NOT NULL CHECK (daily_limit BETWEEN 1 AND 500),
    updated_at        timestamptz NOT NULL
);

ALTER TABLE learning.revision_review
    ADD COLUMN desired_retention double precision NOT NULL DEFAULT 0.9
        CHECK (desired_retention BETWEEN 0.70 AND 0.97);
