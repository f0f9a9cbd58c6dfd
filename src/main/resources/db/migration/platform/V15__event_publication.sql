-- Spring Modulith's event publication registry (its version 2 layout for PostgreSQL): an event one module
-- publishes is stored here in the publishing transaction, once per listener, and completed when that
-- listener's own transaction commits. Completed publications are deleted (spring.modulith.events.completion-mode);
-- what is left is what still has to happen.
CREATE TABLE platform.event_publication (
    id                     uuid NOT NULL PRIMARY KEY,
    listener_id            text NOT NULL,
    event_type             text NOT NULL,
    serialized_event       text NOT NULL,
    publication_date       timestamptz NOT NULL,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz
);

CREATE INDEX event_publication_serialized_event_hash_idx ON platform.event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON platform.event_publication (completion_date);
