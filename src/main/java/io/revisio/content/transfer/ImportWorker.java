package io.revisio.content.transfer;

import io.revisio.content.question.Question;
import io.revisio.content.question.QuestionBank;
import io.revisio.shared.problem.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits queued imports in the background. Each row is checked again and committed in its own
 * transaction, together with the record that it was done: a crash loses at most the row in flight, and
 * the run that takes the import over after the lease expires continues with the rows not yet recorded.
 * Questions are created through the question bank, so they get their first version and audit row.
 */
@Component
class ImportWorker {

    static final Duration LEASE = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);

    private final ImportRepository imports;
    private final QuestionFiles files;
    private final RowCheck check;
    private final SyllabusCodes syllabus;
    private final VersionHashes hashes;
    private final QuestionBank bank;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ImportWorker(ImportRepository imports, QuestionFiles files, RowCheck check, SyllabusCodes syllabus,
            VersionHashes hashes, QuestionBank bank, TransactionTemplate transaction, Clock clock) {
        this.imports = imports;
        this.files = files;
        this.check = check;
        this.syllabus = syllabus;
        this.hashes = hashes;
        this.bank = bank;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Runs every import waiting now; called on a fixed delay. */
    void runPending() {
        while (runNext()) {
            // one import after another, so a large file never holds up the schedule for long
        }
    }

    /** Claims and runs one import; false when none is waiting. */
    boolean runNext() {
        ImportRepository.Job job = transaction.execute(status ->
                imports.claim(clock.instant(), clock.instant().plus(LEASE)).orElse(null));
        if (job == null) {
            return false;
        }
        List<ParsedRow> rows;
        try {
            rows = files.read(job.format(), job.file());
        } catch (ProblemException unreadable) {
            // it was read at upload; only a lowered limit gets here, and retrying would not help
            log.warn("Import {} can no longer be read: {}", job.id(), unreadable.getMessage());
            transaction.executeWithoutResult(status -> imports.finish(job.id(), clock.instant()));
            return true;
        }
        SyllabusCodes.Snapshot codes = syllabus.read();
        transaction.executeWithoutResult(status -> hashes.catchUp(codes));
        Set<Integer> done = new HashSet<>(imports.committedRows(job.id()));
        Set<String> seen = new HashSet<>();
        for (ParsedRow row : rows) {
            if (!done.contains(row.row())) {
                commitRow(job, row, codes, seen);
            }
        }
        transaction.executeWithoutResult(status -> imports.finish(job.id(), clock.instant()));
        return true;
    }

    /** One row, all or nothing: the question with its version, hash, audit row and the row's record. */
    void commitRow(ImportRepository.Job job, ParsedRow row, SyllabusCodes.Snapshot codes, Set<String> seen) {
        try {
            transaction.executeWithoutResult(status -> {
                PortableQuestion question = row.question();
                if (question != null) {
                    hashes.lock(ContentHash.of(question), question.externalId());
                }
                RowCheck.Checked checked = check.check(row, codes, seen);
                UUID questionId = checked.existing();
                RowOutcome outcome = checked.outcome();
                if (outcome == RowOutcome.NEW) {
                    Question created = bank.create(job.committedBy(), checked.content());
                    hashes.record(created.working().id(), created.id(), checked.hash());
                    questionId = created.id();
                    outcome = RowOutcome.CREATED;
                }
                imports.recordRow(job.id(), row.row(), outcome, questionId,
                        checked.problems().isEmpty() ? null : summary(checked.problems()));
                imports.renewLease(job.id(), clock.instant().plus(LEASE));
            });
        } catch (DuplicateKeyException e) {
            log.info("Import {} row {} was committed by another run", job.id(), row.row());
        } catch (ProblemException refusal) {
            // the bank refused what the check passed (the syllabus changed in between): nothing was written
            transaction.executeWithoutResult(status -> imports.recordRow(job.id(), row.row(), RowOutcome.INVALID,
                    null, refusal.getMessage()));
        }
    }

    private static String summary(List<RowProblem> problems) {
        RowProblem first = problems.get(0);
        return first.field() + ": " + first.message() + (problems.size() > 1 ? " (and " + (problems.size() - 1)
                + " more)" : "");
    }
}
