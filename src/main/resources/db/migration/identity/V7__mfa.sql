-- TOTP multi-factor authentication: one factor per account, its backup codes, and sign-in challenges.
CREATE TABLE identity.mfa_factor (
    account_id     uuid PRIMARY KEY REFERENCES identity.account (id),
    secret_sealed  bytea NOT NULL,          -- AES-GCM under a key derived from the encryption key
    created_at     timestamptz NOT NULL,
    confirmed_at   timestamptz,             -- null until the first code proved the enrolment
    last_used_step bigint                   -- the latest accepted time step: no code is accepted twice
);

CREATE TABLE identity.mfa_backup_code (
    id         uuid PRIMARY KEY,
    account_id uuid NOT NULL REFERENCES identity.account (id),
    code_hash  bytea NOT NULL,
    used_at    timestamptz,
    CONSTRAINT mfa_backup_code_unique UNIQUE (account_id, code_hash)
);

-- A sign-in that passed the password and waits for the second factor.
CREATE TABLE identity.mfa_challenge (
    token_hash   bytea PRIMARY KEY,
    account_id   uuid NOT NULL REFERENCES identity.account (id),
    device_label text NOT NULL,
    ip           text,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    attempts     integer NOT NULL DEFAULT 0,
    completed_at timestamptz
);
