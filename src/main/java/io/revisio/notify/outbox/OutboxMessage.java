package io.revisio.notify.outbox;

import java.util.UUID;

/**
 * An unsent e-mail as claimed by the dispatcher.
 *
 * @param attempts delivery attempts made so far
 */
record OutboxMessage(UUID id, String recipient, String subject, String body, int attempts) {

    /** Leaves the body out: it may hold a one-time link and must never reach a log. */
    @Override
    public String toString() {
        return "OutboxMessage[id=" + id + ", to=" + recipient + ", subject=" + subject + ", attempts=" + attempts + "]";
    }
}
