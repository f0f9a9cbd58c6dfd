-- Changing the e-mail address: a single-use link to the new address carries the address it confirms.
ALTER TABLE identity.one_time_token ADD COLUMN new_email text;
ALTER TABLE identity.one_time_token DROP CONSTRAINT one_time_token_purpose_check;
ALTER TABLE identity.one_time_token ADD CONSTRAINT one_time_token_purpose_check
    CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL'));
ALTER TABLE identity.one_time_token ADD CONSTRAINT one_time_token_new_email_only_for_change
    CHECK ((purpose = 'CHANGE_EMAIL') = (new_email IS NOT NULL));
