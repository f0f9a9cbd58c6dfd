-- The append-only audit log (security events, content changes, admin actions).
CREATE TABLE platform.audit_event (
    id          uuid PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    category    text NOT NULL,
    action      text NOT NULL,
    actor_id    uuid,
    target_type text,
    target_id   text,
    ip          text,
    request_id  text,
    details     jsonb NOT NULL DEFAULT '{}'
);

CREATE INDEX audit_event_recent ON platform.audit_event (category, occurred_at DESC);
CREATE INDEX audit_event_actor ON platform.audit_event (actor_id, occurred_at DESC);
CREATE INDEX audit_event_target ON platform.audit_event (target_id, occurred_at DESC);
