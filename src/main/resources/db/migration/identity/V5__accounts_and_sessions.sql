-- Accounts, device sessions with their refresh tokens, and single-use e-mail tokens.
CREATE SCHEMA identity;

CREATE TABLE identity.account (
    id                uuid PRIMARY KEY,
    email             text NOT NULL,
    email_key         text NOT NULL,           -- lower-cased: addresses are unique whatever their case
    display_name      text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
    password_hash     text,                    -- null for accounts that only sign in with a provider
    role              text NOT NULL CHECK (role IN ('STUDENT', 'REVIEWER', 'EDITOR', 'ADMIN')),
    email_verified_at timestamptz,
    disabled_at       timestamptz,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    CONSTRAINT account_email_unique UNIQUE (email_key)
);

-- One sign-in on one device; owns a chain of refresh tokens.
CREATE TABLE identity.device_session (
    id             uuid PRIMARY KEY,
    account_id     uuid NOT NULL REFERENCES identity.account (id),
    device_label   text NOT NULL,
    ip             text,
    created_at     timestamptz NOT NULL,
    last_seen_at   timestamptz NOT NULL,
    expires_at     timestamptz NOT NULL,       -- absolute lifetime
    revoked_at     timestamptz,
    revoked_reason text
);

CREATE INDEX device_session_active ON identity.device_session (account_id) WHERE revoked_at IS NULL;
CREATE INDEX device_session_revoked ON identity.device_session (revoked_at) WHERE revoked_at IS NOT NULL;

CREATE TABLE identity.refresh_token (
    id         uuid PRIMARY KEY,
    session_id uuid NOT NULL REFERENCES identity.device_session (id),
    token_hash bytea NOT NULL,
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,           -- idle lifetime
    rotated_at timestamptz,                    -- when it was exchanged for its successor
    CONSTRAINT refresh_token_hash_unique UNIQUE (token_hash)
);

CREATE INDEX refresh_token_session ON identity.refresh_token (session_id);

CREATE TABLE identity.one_time_token (
    token_hash bytea PRIMARY KEY,
    account_id uuid NOT NULL REFERENCES identity.account (id),
    purpose    text NOT NULL CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD')),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);

CREATE INDEX one_time_token_account ON identity.one_time_token (account_id, purpose) WHERE used_at IS NULL;

-- Password reset requests are recorded whether or not the address has an account, so the request
-- takes the same time either way; a background job sends the e-mails.
CREATE TABLE identity.password_reset_request (
    id           uuid PRIMARY KEY,
    email_key    text NOT NULL,
    requested_at timestamptz NOT NULL,
    ip           text,
    processed_at timestamptz
);

CREATE INDEX password_reset_request_pending ON identity.password_reset_request (requested_at)
    WHERE processed_at IS NULL;
