-- The notify module's schema: e-mail waiting to be sent, written in the transaction that caused it.
CREATE SCHEMA notify;

CREATE TABLE notify.outbox_email (
    id              uuid PRIMARY KEY,
    recipient       text NOT NULL,
    subject         text NOT NULL,
    -- Cleared once sent: the body may hold a one-time link that must not linger.
    body            text,
    created_at      timestamptz NOT NULL,
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    sent_at         timestamptz,
    -- Exception class and a short message of the last failed attempt; never the body.
    last_error      text,
    CONSTRAINT outbox_email_unsent_has_body CHECK (sent_at IS NOT NULL OR body IS NOT NULL)
);

-- The dispatcher's question: which unsent messages are due, oldest first.
CREATE INDEX outbox_email_due ON notify.outbox_email (next_attempt_at) WHERE sent_at IS NULL;
