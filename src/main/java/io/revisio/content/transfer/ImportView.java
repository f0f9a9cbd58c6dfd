package io.revisio.content.transfer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import as staff see it: the dry run's verdict on every row, and the commit's progress.
 *
 * @param status   CHECKED (dry run done), QUEUED (commit asked for), RUNNING, DONE
 * @param dryRun   what committing would do, as counted by the dry run
 * @param progress what the commit has done so far
 * @param rows     the dry run's outcome per row (left out of lists)
 * @param problems the dry run's problems, {row, field, code, message} (left out of lists)
 */
public record ImportView(UUID id, String format, String fileName, String status, Instant uploadedAt,
        Instant finishedAt, int rowCount, Summary dryRun, Progress progress, List<RowReport> rows,
        List<RowProblem> problems) {

    public record Summary(int newRows, int duplicates, int invalid) {
    }

    public record Progress(int processed, int created, int duplicates, int failed) {

        boolean done(int rowCount) {
            return processed >= rowCount;
        }
    }

    /** @param questionId the question the row duplicates (dry run) or created (commit), if any */
    public record RowReport(int row, RowOutcome outcome, String externalId, UUID questionId, String stem) {
    }

    /** What the dry run stores with the import. */
    public record DryRun(List<RowReport> rows, List<RowProblem> problems) {

        Summary summary() {
            int fresh = (int) rows.stream().filter(row -> row.outcome() == RowOutcome.NEW).count();
            int invalid = (int) rows.stream().filter(row -> row.outcome() == RowOutcome.INVALID).count();
            return new Summary(fresh, rows.size() - fresh - invalid, invalid);
        }
    }

    public boolean finished() {
        return "DONE".equals(status);
    }

    public boolean working() {
        return "QUEUED".equals(status) || "RUNNING".equals(status);
    }

    public int percent() {
        return rowCount == 0 ? 100 : Math.min(100, progress.processed() * 100 / rowCount);
    }
}
