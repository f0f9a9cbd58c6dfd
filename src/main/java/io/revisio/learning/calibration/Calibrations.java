package io.revisio.learning.calibration;

import io.revisio.learning.irt.IrtCalibration;
import io.revisio.learning.irt.ItemCalibrator;
import io.revisio.learning.irt.Response;
import io.revisio.platform.AuditEvent;
import io.revisio.platform.AuditLog;
import io.revisio.shared.problem.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The IRT calibration job. A request queues a run (one at a time); a poller takes it up with
 * {@link #runNext()}: the first answers are read in one statement, the 2PL is fitted by {@link ItemCalibrator}
 * in memory with no transaction open, and the summary and items are stored in one transaction. A failure
 * stores the run as FAILED with its reason. A run whose process died stays RUNNING until
 * {@code stale-after} has passed, and is then queued again (failed after {@link CalibrationStore#MAX_STARTS}).
 */
@Component
class Calibrations {

    private static final Logger log = LoggerFactory.getLogger(Calibrations.class);
    private static final int FAILURE_LENGTH = 1000;

    private final CalibrationStore store;
    private final FirstResponses responses;
    private final CalibrationProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final AuditLog audit;

    Calibrations(CalibrationStore store, FirstResponses responses, CalibrationProperties properties,
            PlatformTransactionManager transactions, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.store = store;
        this.responses = responses;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Queues a run, audited with its settings; 409 when one is queued or running already. */
    CalibrationRun request(UUID admin, CalibrationSettings settings) {
        UUID id = UUID.randomUUID();
        return transaction.execute(status -> {
            CalibrationRun run = store.queue(id, admin, clock.instant(), settings).orElseThrow(() -> {
                ProblemException conflict = new ProblemException(HttpStatus.CONFLICT, "irt-calibration-active",
                        "A calibration is already queued or running; wait for it to finish.");
                store.active().ifPresent(active -> conflict.with("activeId", active.id().toString()));
                return conflict;
            });
            audit.record(new AuditEvent("learning", "irt-calibration.requested", admin, "irt-calibration",
                    id.toString(), Map.of("minItemAnswers", settings.minItemAnswers(),
                    "minStudentAnswers", settings.minStudentAnswers(), "maxResponses", settings.maxResponses())));
            return run;
        });
    }

    /** Queues a run with the configured settings unless one is active: the nightly schedule's request. */
    Optional<CalibrationRun> requestScheduled() {
        return store.queue(UUID.randomUUID(), null, clock.instant(), properties.defaults());
    }

    /** Recovers stale runs, then takes up and runs the oldest queued one; the run, or empty when none was queued. */
    Optional<CalibrationRun> runNext() {
        Instant now = clock.instant();
        Optional<CalibrationRun> claimed = transaction.execute(status -> {
            int recovered = store.recoverStale(now.minus(properties.staleAfter()), now);
            if (recovered > 0) {
                log.warn("{} IRT calibration runs had been running for over {}; queued again or given up",
                        recovered, properties.staleAfter());
            }
            return store.claim(now);
        });
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        CalibrationRun run = claimed.get();
        try {
            calibrate(run);
        } catch (RuntimeException e) {
            String reason = e instanceof FirstResponses.UnusableData ? e.getMessage() : "The calibration failed: " + e;
            log.warn("IRT calibration {} failed: {}", run.id(), reason,
                    e instanceof FirstResponses.UnusableData ? null : e);
            store.fail(run, clock.instant(), reason.length() > FAILURE_LENGTH
                    ? reason.substring(0, FAILURE_LENGTH) : reason);
        }
        return store.find(run.id());
    }

    private void calibrate(CalibrationRun run) {
        long start = System.nanoTime();
        List<Response> selected = responses.select(run.settings());
        long read = System.nanoTime();
        IrtCalibration result = new ItemCalibrator().calibrate(selected);
        long fitted = System.nanoTime();
        List<CalibratedItem> items = result.items().stream().map(CalibratedItem::of).toList();
        CalibrationRun.Summary summary = new CalibrationRun.Summary(items.size(), result.abilities().size(),
                selected.size(), (int) items.stream().filter(CalibratedItem::misfit).count(), result.iterations(),
                result.converged(), result.logLikelihood());
        boolean stored = Boolean.TRUE.equals(transaction.execute(status -> store.succeed(run, clock.instant(),
                summary, items)));
        log.info("IRT calibration {}: {} items, {} students, {} responses, {} EM iterations{}, {} flagged; "
                        + "read {} ms, fitted {} ms, stored {} ms{}", run.id(), summary.items(), summary.students(),
                summary.responses(), summary.emIterations(), summary.converged() ? "" : " (not converged)",
                summary.flaggedItems(), (read - start) / 1_000_000, (fitted - read) / 1_000_000,
                (System.nanoTime() - fitted) / 1_000_000, stored ? "" : "; discarded, the run was queued again meanwhile");
    }
}
