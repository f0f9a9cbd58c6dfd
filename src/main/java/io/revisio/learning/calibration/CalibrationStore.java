package io.revisio.learning.calibration;

import io.revisio.shared.paging.Page;
import io.revisio.shared.paging.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The calibration runs and their per-question results (learning.irt_calibration and _item). */
@Component
class CalibrationStore {

    /** A run taken up this often without finishing is given up on, so a run that kills its process cannot loop. */
    static final int MAX_STARTS = 3;

    private static final String RUN_COLUMNS = """
            id, requested_by, requested_at, started_at, finished_at, state, failure, starts, min_item_answers,
            min_student_answers, max_responses, items, students, responses, flagged_items, em_iterations, converged,
            log_likelihood""";

    private final JdbcClient jdbc;

    CalibrationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues a run; empty when one is already queued or running (the partial unique index says so, for every
     * instance at once). It does not abort the caller's transaction when refused.
     */
    Optional<CalibrationRun> queue(UUID id, UUID requestedBy, Instant at, CalibrationSettings settings) {
        int inserted = jdbc.sql("""
                INSERT INTO learning.irt_calibration (id, requested_by, requested_at, state, min_item_answers,
                    min_student_answers, max_responses)
                VALUES (:id, :by, :at, 'QUEUED', :items, :students, :max)
                ON CONFLICT DO NOTHING
                """).param("id", id).param("by", requestedBy).param("at", Timestamp.from(at))
                .param("items", settings.minItemAnswers()).param("students", settings.minStudentAnswers())
                .param("max", settings.maxResponses()).update();
        return inserted == 0 ? Optional.empty() : find(id);
    }

    /** The run queued or running now, if any. */
    Optional<CalibrationRun> active() {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM learning.irt_calibration WHERE state IN ('QUEUED', 'RUNNING')")
                .query(CalibrationStore::run).optional();
    }

    /**
     * Queues again every run that started before {@code staleBefore} and is still running (its process died),
     * or fails it once it has been started {@link #MAX_STARTS} times. Returns how many it touched.
     */
    int recoverStale(Instant staleBefore, Instant now) {
        int failed = jdbc.sql("""
                UPDATE learning.irt_calibration SET state = 'FAILED', finished_at = :now,
                    failure = 'Started ' || starts || ' times without finishing: each time the process stopped or it ran out of time.'
                WHERE state = 'RUNNING' AND started_at < :stale AND starts >= :max
                """).param("now", Timestamp.from(now)).param("stale", Timestamp.from(staleBefore))
                .param("max", MAX_STARTS).update();
        int queued = jdbc.sql("""
                UPDATE learning.irt_calibration SET state = 'QUEUED', started_at = NULL
                WHERE state = 'RUNNING' AND started_at < :stale
                """).param("stale", Timestamp.from(staleBefore)).update();
        return failed + queued;
    }

    /** Takes the oldest queued run, skipping one another instance is taking at this moment. */
    Optional<CalibrationRun> claim(Instant now) {
        return jdbc.sql("""
                UPDATE learning.irt_calibration SET state = 'RUNNING', started_at = :now, starts = starts + 1
                WHERE id = (SELECT id FROM learning.irt_calibration WHERE state = 'QUEUED'
                            ORDER BY requested_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING\s""" + RUN_COLUMNS).param("now", Timestamp.from(now)).query(CalibrationStore::run).optional();
    }

    /**
     * Stores a finished run's summary and items, if the run is still the one this process started (not queued
     * again as stale meanwhile); false, and nothing written, otherwise. Call inside one transaction.
     */
    boolean succeed(CalibrationRun run, Instant now, CalibrationRun.Summary summary, List<CalibratedItem> items) {
        int updated = jdbc.sql("""
                UPDATE learning.irt_calibration SET state = 'SUCCEEDED', finished_at = :now, items = :items,
                    students = :students, responses = :responses, flagged_items = :flagged, em_iterations = :iterations,
                    converged = :converged, log_likelihood = :ll
                WHERE id = :id AND state = 'RUNNING' AND starts = :starts
                """).param("now", Timestamp.from(now)).param("items", summary.items())
                .param("students", summary.students()).param("responses", summary.responses())
                .param("flagged", summary.flaggedItems()).param("iterations", summary.emIterations())
                .param("converged", summary.converged()).param("ll", summary.logLikelihood()).param("id", run.id())
                .param("starts", run.starts()).update();
        if (updated == 0) {
            return false;
        }
        for (CalibratedItem item : items) {
            jdbc.sql("""
                    INSERT INTO learning.irt_calibration_item (calibration_id, question_id, discrimination, difficulty,
                        discrimination_se, difficulty_se, infit, outfit, q1, q1_df, q1_p, answers, share_correct, misfit)
                    VALUES (:run, :question, :a, :b, :aSe, :bSe, :infit, :outfit, :q1, :df, :p, :answers, :share, :misfit)
                    """).param("run", run.id()).param("question", item.questionId()).param("a", item.discrimination())
                    .param("b", item.difficulty()).param("aSe", item.discriminationSe())
                    .param("bSe", item.difficultySe()).param("infit", item.infit()).param("outfit", item.outfit())
                    .param("q1", item.q1()).param("df", item.q1Df()).param("p", item.q1P())
                    .param("answers", item.answers()).param("share", item.shareCorrect())
                    .param("misfit", item.misfit()).update();
        }
        return true;
    }

    /** Marks the run failed with its reason, unless it was queued again meanwhile. */
    boolean fail(CalibrationRun run, Instant now, String failure) {
        return jdbc.sql("""
                UPDATE learning.irt_calibration SET state = 'FAILED', finished_at = :now, failure = :failure
                WHERE id = :id AND state = 'RUNNING' AND starts = :starts
                """).param("now", Timestamp.from(now)).param("failure", failure).param("id", run.id())
                .param("starts", run.starts()).update() == 1;
    }

    Optional<CalibrationRun> find(UUID id) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM learning.irt_calibration WHERE id = :id").param("id", id)
                .query(CalibrationStore::run).optional();
    }

    /** Runs, newest first. */
    Page<CalibrationRun> list(PageRequest page) {
        long total = jdbc.sql("SELECT count(*) FROM learning.irt_calibration").query(Long.class).single();
        List<CalibrationRun> runs = jdbc.sql("SELECT " + RUN_COLUMNS
                        + " FROM learning.irt_calibration ORDER BY requested_at DESC, id DESC LIMIT :size OFFSET :offset")
                .param("size", page.size()).param("offset", page.offset()).query(CalibrationStore::run).list();
        return Page.of(runs, page, total);
    }

    /** A run's items, filtered and ordered; statistics that could not be computed sort last. */
    Page<CalibratedItem> items(UUID run, ItemOrder order, PageRequest page) {
        String where = " WHERE calibration_id = :run" + (order.flaggedOnly() ? " AND misfit" : "");
        long total = jdbc.sql("SELECT count(*) FROM learning.irt_calibration_item" + where).param("run", run)
                .query(Long.class).single();
        List<CalibratedItem> items = jdbc.sql("SELECT * FROM learning.irt_calibration_item" + where + " ORDER BY "
                        + order.sort().column + (order.ascending() ? " ASC" : " DESC")
                        + " NULLS LAST, question_id LIMIT :size OFFSET :offset")
                .param("run", run).param("size", page.size()).param("offset", page.offset())
                .query(CalibrationStore::item).list();
        return Page.of(items, page, total);
    }

    private static CalibrationRun run(ResultSet row, int n) throws SQLException {
        CalibrationState state = CalibrationState.valueOf(row.getString("state"));
        CalibrationRun.Summary summary = state != CalibrationState.SUCCEEDED ? null : new CalibrationRun.Summary(
                row.getInt("items"), row.getInt("students"), row.getInt("responses"), row.getInt("flagged_items"),
                row.getInt("em_iterations"), row.getBoolean("converged"), row.getDouble("log_likelihood"));
        return new CalibrationRun(row.getObject("id", UUID.class), row.getObject("requested_by", UUID.class),
                instant(row, "requested_at"), instant(row, "started_at"), instant(row, "finished_at"), state,
                row.getString("failure"), row.getInt("starts"), new CalibrationSettings(row.getInt("min_item_answers"),
                row.getInt("min_student_answers"), row.getInt("max_responses")), summary);
    }

    private static CalibratedItem item(ResultSet row, int n) throws SQLException {
        return new CalibratedItem(row.getObject("question_id", UUID.class), row.getDouble("discrimination"),
                row.getDouble("difficulty"), row.getObject("discrimination_se", Double.class),
                row.getObject("difficulty_se", Double.class), row.getObject("infit", Double.class),
                row.getObject("outfit", Double.class), row.getObject("q1", Double.class), row.getInt("q1_df"),
                row.getObject("q1_p", Double.class), row.getInt("answers"), row.getDouble("share_correct"),
                row.getBoolean("misfit"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
