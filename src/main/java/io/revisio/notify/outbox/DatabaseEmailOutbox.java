package io.revisio.notify.outbox;

import io.revisio.notify.Email;
import io.revisio.notify.EmailOutbox;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Stores each message as a row in the caller's transaction: if that transaction rolls back, the
 * message is gone with it; once it commits, the dispatcher will deliver it.
 */
@Component
class DatabaseEmailOutbox implements EmailOutbox {

    private static final Logger log = LoggerFactory.getLogger(DatabaseEmailOutbox.class);

    private final OutboxStore store;
    private final Clock clock;

    DatabaseEmailOutbox(OutboxStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void enqueue(Email email) {
        // Only the outbox knows this id, so a random one is enough; the index serves the due time.
        UUID id = UUID.randomUUID();
        store.add(id, email, clock.instant());
        log.debug("E-mail '{}' to {} queued as {}", email.subject(), email.to(), id);
    }
}
