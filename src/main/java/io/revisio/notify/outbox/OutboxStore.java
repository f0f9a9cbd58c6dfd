package io.revisio.notify.outbox;

import io.revisio.notify.Email;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code notify.outbox_email}. Every statement joins the transaction of its caller. */
@Repository
class OutboxStore {

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID id, Email email, Instant now) {
        jdbc.sql("""
                        INSERT INTO notify.outbox_email
                            (id, recipient, subject, body, created_at, attempts, next_attempt_at)
                        VALUES (:id, :recipient, :subject, :body, :now, 0, :now)
                        """)
                .param("id", id)
                .param("recipient", email.to())
                .param("subject", email.subject())
                .param("body", email.text())
                .param("now", utc(now))
                .update();
    }

    /**
     * Locks the unsent message that has been due longest. Until the calling transaction ends, other
     * transactions skip that row instead of waiting for it, so concurrent dispatchers each take a
     * different message.
     */
    Optional<OutboxMessage> lockNextDue(Instant now) {
        return jdbc.sql("""
                        SELECT id, recipient, subject, body, attempts
                        FROM notify.outbox_email
                        WHERE sent_at IS NULL AND next_attempt_at <= :now
                        ORDER BY next_attempt_at
                        LIMIT 1
                        FOR UPDATE SKIP LOCKED
                        """)
                .param("now", utc(now))
                .query((row, n) -> new OutboxMessage(
                        row.getObject("id", UUID.class),
                        row.getString("recipient"),
                        row.getString("subject"),
                        row.getString("body"),
                        row.getInt("attempts")))
                .optional();
    }

    /** Records the delivery and drops the body, which may hold a one-time link. */
    void markSent(UUID id, int attempts, Instant sentAt) {
        jdbc.sql("UPDATE notify.outbox_email SET sent_at = :sentAt, attempts = :attempts, body = NULL WHERE id = :id")
                .param("id", id)
                .param("attempts", attempts)
                .param("sentAt", utc(sentAt))
                .update();
    }

    void scheduleRetry(UUID id, int attempts, Instant nextAttemptAt, String error) {
        jdbc.sql("""
                        UPDATE notify.outbox_email
                        SET attempts = :attempts, next_attempt_at = :next, last_error = :error
                        WHERE id = :id
                        """)
                .param("id", id)
                .param("attempts", attempts)
                .param("next", utc(nextAttemptAt))
                .param("error", error)
                .update();
    }

    long pendingCount() {
        return jdbc.sql("SELECT count(*) FROM notify.outbox_email WHERE sent_at IS NULL").query(Long.class).single();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
