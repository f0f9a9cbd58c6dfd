package io.revisio.content.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Import files with their dry-run report, and the outcome of each committed row. */
@Repository
class ImportRepository {

    private static final String VIEW = """
            SELECT i.id, i.format, i.file_name, i.status, i.uploaded_at, i.finished_at, i.row_count, i.report,
                   count(r.row_number) AS processed,
                   count(r.row_number) FILTER (WHERE r.outcome = 'CREATED') AS created,
                   count(r.row_number) FILTER (WHERE r.outcome LIKE 'DUPLICATE%') AS duplicates,
                   count(r.row_number) FILTER (WHERE r.outcome = 'INVALID') AS failed
            FROM content.question_import i
            LEFT JOIN content.question_import_row r ON r.import_id = i.id
            """;

    /** What the worker needs to run a committed import. */
    record Job(UUID id, TransferFormat format, byte[] file, UUID committedBy) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(UUID id, TransferFormat format, String fileName, byte[] file, ImportView.DryRun report, UUID actor,
            Instant at) {
        jdbc.sql("""
                        INSERT INTO content.question_import (id, format, file_name, file, status, report, row_count,
                            uploaded_by, uploaded_at)
                        VALUES (:id, :format, :name, :file, 'CHECKED', CAST(:report AS jsonb), :rows, :actor, :at)
                        """)
                .param("id", id).param("format", format.name()).param("name", fileName).param("file", file)
                .param("report", json.writeValueAsString(report)).param("rows", report.rows().size())
                .param("actor", actor).param("at", Timestamp.from(at)).update();
    }

    Optional<ImportView> find(UUID id) {
        return jdbc.sql(VIEW + " WHERE i.id = :id GROUP BY i.id").param("id", id).query(this::view).optional();
    }

    List<ImportView> recent(int limit) {
        return jdbc.sql(VIEW + " GROUP BY i.id ORDER BY i.uploaded_at DESC, i.id LIMIT :limit")
                .param("limit", limit).query((row, n) -> withoutReport(view(row, n))).list();
    }

    /** Queues a checked import for the worker; false when it was queued (or ran) before. */
    boolean queue(UUID id, UUID actor) {
        return jdbc.sql("UPDATE content.question_import SET status = 'QUEUED', committed_by = :actor "
                        + "WHERE id = :id AND status = 'CHECKED'")
                .param("id", id).param("actor", actor).update() == 1;
    }

    /**
     * Takes the oldest queued import, or a running one whose worker stopped renewing its lease (it crashed),
     * and holds it until {@code leaseUntil}. Several instances never take the same import at once.
     */
    Optional<Job> claim(Instant now, Instant leaseUntil) {
        return jdbc.sql("""
                        UPDATE content.question_import SET status = 'RUNNING', lease_until = :lease
                        WHERE id = (SELECT id FROM content.question_import
                                    WHERE status = 'QUEUED' OR (status = 'RUNNING' AND lease_until < :now)
                                    ORDER BY uploaded_at LIMIT 1 FOR UPDATE SKIP LOCKED)
                        RETURNING id, format, file, committed_by
                        """)
                .param("now", Timestamp.from(now)).param("lease", Timestamp.from(leaseUntil))
                .query((row, n) -> new Job(row.getObject("id", UUID.class), TransferFormat.valueOf(row.getString("format")),
                        row.getBytes("file"), row.getObject("committed_by", UUID.class)))
                .optional();
    }

    void renewLease(UUID id, Instant leaseUntil) {
        jdbc.sql("UPDATE content.question_import SET lease_until = :lease WHERE id = :id AND status = 'RUNNING'")
                .param("id", id).param("lease", Timestamp.from(leaseUntil)).update();
    }

    void finish(UUID id, Instant at) {
        jdbc.sql("UPDATE content.question_import SET status = 'DONE', lease_until = NULL, finished_at = :at "
                        + "WHERE id = :id")
                .param("id", id).param("at", Timestamp.from(at)).update();
    }

    /** The rows a previous run already committed, which a resumed run skips. */
    List<Integer> committedRows(UUID id) {
        return jdbc.sql("SELECT row_number FROM content.question_import_row WHERE import_id = :id")
                .param("id", id).query(Integer.class).list();
    }

    /** Records a committed row; throws DuplicateKeyException when another run recorded it first. */
    void recordRow(UUID id, int row, RowOutcome outcome, UUID questionId, String message) {
        jdbc.sql("""
                        INSERT INTO content.question_import_row (import_id, row_number, outcome, question_id, message)
                        VALUES (:id, :row, :outcome, :question, :message)
                        """)
                .param("id", id).param("row", row).param("outcome", outcome.name()).param("question", questionId)
                .param("message", message).update();
    }

    private ImportView view(ResultSet row, int n) throws SQLException {
        ImportView.DryRun report = json.readValue(row.getString("report"), ImportView.DryRun.class);
        Timestamp finished = row.getTimestamp("finished_at");
        return new ImportView(row.getObject("id", UUID.class), row.getString("format"), row.getString("file_name"),
                row.getString("status"), row.getTimestamp("uploaded_at").toInstant(),
                finished == null ? null : finished.toInstant(), row.getInt("row_count"), report.summary(),
                new ImportView.Progress(row.getInt("processed"), row.getInt("created"), row.getInt("duplicates"),
                        row.getInt("failed")),
                report.rows(), report.problems());
    }

    private static ImportView withoutReport(ImportView view) {
        return new ImportView(view.id(), view.format(), view.fileName(), view.status(), view.uploadedAt(),
                view.finishedAt(), view.rowCount(), view.dryRun(), view.progress(), null, null);
    }
}
