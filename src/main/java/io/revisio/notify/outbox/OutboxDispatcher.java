package io.revisio.notify.outbox;

import io.revisio.notify.MailProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the messages that are due, one batch per run. Any number of runs, in this instance or in
 * others, may work at the same time: each message is sent by the one run that holds its row lock.
 * Subjects and recipients are logged; bodies never are.
 */
@Component
class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    enum Outcome { SENT, RETRY_SCHEDULED, NOTHING_DUE }

    private final OutboxStore store;
    private final MailDelivery delivery;
    private final MailProperties mail;
    private final Clock clock;
    private final TransactionTemplate transactions;

    OutboxDispatcher(OutboxStore store, MailDelivery delivery, MailProperties mail, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.store = store;
        this.delivery = delivery;
        this.mail = mail;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Attempts up to one batch of due messages; returns how many of them were sent. */
    int dispatchDue() {
        if (!mail.enabled()) {
            return 0; // messages wait in the outbox until mail is switched on
        }
        int sent = 0;
        try {
            for (int i = 0; i < mail.outboxBatchSize(); i++) {
                Outcome outcome = transactions.execute(status -> dispatchNext());
                if (outcome == Outcome.NOTHING_DUE) {
                    break;
                }
                if (outcome == Outcome.SENT) {
                    sent++;
                }
            }
        } catch (DataAccessException | TransactionException e) {
            // Only the type: a database message may quote a whole row, body included.
            log.warn("E-mail outbox unavailable ({}); the next run tries again", e.getClass().getSimpleName());
        }
        return sent;
    }

    // One transaction per message, because its row lock is the claim: other runs skip the message while
    // it is being sent, and a crash frees it at once. The SMTP timeouts bound how long the lock is held.
    private Outcome dispatchNext() {
        Optional<OutboxMessage> due = store.lockNextDue(clock.instant());
        if (due.isEmpty()) {
            return Outcome.NOTHING_DUE;
        }
        OutboxMessage message = due.get();
        int attempt = message.attempts() + 1;
        try {
            delivery.deliver(message);
        } catch (Exception e) { // whatever the cause, the message is retried later rather than block the queue
            DeliveryFailure failure = DeliveryFailure.of(e, message.body());
            Instant retryAt = clock.instant().plus(RetryBackoff.afterFailedAttempts(attempt));
            store.scheduleRetry(message.id(), attempt, retryAt, failure.description());
            log.warn("E-mail '{}' to {} not sent (attempt {}), next attempt at {}: {}", message.subject(),
                    message.recipient(), attempt, retryAt, failure.description());
            return Outcome.RETRY_SCHEDULED;
        }
        store.markSent(message.id(), attempt, clock.instant());
        log.info("E-mail '{}' sent to {}", message.subject(), message.recipient());
        return Outcome.SENT;
    }
}
