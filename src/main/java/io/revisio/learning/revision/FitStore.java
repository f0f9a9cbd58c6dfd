package io.revisio.learning.revision;

import io.revisio.learning.fsrs.FsrsWeights;
import io.revisio.learning.fsrs.HeldOutFit;
import io.revisio.learning.fsrs.Rating;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Weight fits (every trial, accepted or not) and the review logs they are fitted on, in schema {@code learning}. */
@Repository
class FitStore {

    /** A stored fit; {@code weights} are the fitted ones, whether kept or not. */
    record StoredFit(UUID id, UUID studentId, Instant fittedAt, int reviewsTotal, int reviewsUsed, int heldOut,
            int heldOutPredictions, double logLossBefore, double logLossAfter, boolean accepted, UUID previousFitId,
            List<Double> weights) {
    }

    private final JdbcClient jdbc;

    FitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Students with at least {@code minReviews} reviews and at least {@code minNewReviews} more than at their
     * last fit (or no fit yet), fewest fitted first.
     */
    List<UUID> candidates(int minReviews, int minNewReviews, int limit) {
        return jdbc.sql("""
                        SELECT r.student_id FROM (
                            SELECT student_id, count(*) AS reviews FROM learning.revision_review
                            GROUP BY student_id HAVING count(*) >= :min) r
                        LEFT JOIN LATERAL (SELECT f.reviews_total, f.fitted_at FROM learning.revision_fit f
                            WHERE f.student_id = r.student_id ORDER BY f.fitted_at DESC, f.id DESC LIMIT 1) last ON true
                        WHERE last.reviews_total IS NULL OR r.reviews - last.reviews_total >= :fresh
                        ORDER BY last.fitted_at NULLS FIRST, r.student_id
                        LIMIT :limit
                        """)
                .param("min", minReviews).param("fresh", minNewReviews).param("limit", limit)
                .query(UUID.class).list();
    }

    /**
     * Takes the student's fit lock until the transaction ends; false when another instance holds it, which
     * then fits this student itself.
     */
    boolean tryLock(UUID student) {
        return Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "revision-fit:" + student).query(Boolean.class).single());
    }

    int reviewCount(UUID student) {
        return jdbc.sql("SELECT count(*) FROM learning.revision_review WHERE student_id = :student")
                .param("student", student).query(Integer.class).single();
    }

    /** Reviews at the student's last fit, or -1 when never fitted. */
    int reviewsAtLastFit(UUID student) {
        return jdbc.sql("""
                        SELECT reviews_total FROM learning.revision_fit WHERE student_id = :student
                        ORDER BY fitted_at DESC, id DESC LIMIT 1
                        """)
                .param("student", student).query(Integer.class).optional().orElse(-1);
    }

    /** The student's reviews, card by card, each card's in time order. */
    List<List<HeldOutFit.TimedReview>> log(UUID student) {
        List<List<HeldOutFit.TimedReview>> cards = new ArrayList<>();
        UUID[] current = {null};
        jdbc.sql("""
                        SELECT question_id, reviewed_at, rating FROM learning.revision_review WHERE student_id = :student
                        ORDER BY question_id, reviewed_at, id
                        """)
                .param("student", student)
                .query(row -> {
                    UUID question = row.getObject("question_id", UUID.class);
                    if (!question.equals(current[0])) {
                        cards.add(new ArrayList<>());
                        current[0] = question;
                    }
                    cards.get(cards.size() - 1).add(new HeldOutFit.TimedReview(
                            row.getTimestamp("reviewed_at").toInstant(), Rating.ofGrade(row.getInt("rating"))));
                });
        return cards;
    }

    void insert(StoredFit fit) {
        jdbc.sql("""
                        INSERT INTO learning.revision_fit (id, student_id, fitted_at, reviews_total, reviews_used, held_out,
                            held_out_predictions, log_loss_before, log_loss_after, accepted, previous_fit_id, weights)
                        VALUES (:id, :student, :at, :total, :used, :heldOut, :predictions, :before, :after, :accepted,
                            :previous, :weights)
                        """)
                .param("id", fit.id()).param("student", fit.studentId()).param("at", Timestamp.from(fit.fittedAt()))
                .param("total", fit.reviewsTotal()).param("used", fit.reviewsUsed()).param("heldOut", fit.heldOut())
                .param("predictions", fit.heldOutPredictions()).param("before", fit.logLossBefore())
                .param("after", fit.logLossAfter()).param("accepted", fit.accepted())
                .param("previous", fit.previousFitId())
                .param("weights", fit.weights().toArray(Double[]::new))
                .update();
    }

    /** The newest fits first; of one student, or of everyone when {@code student} is null. */
    List<StoredFit> recent(UUID student, int limit) {
        if (student == null) {
            return jdbc.sql("SELECT * FROM learning.revision_fit ORDER BY fitted_at DESC, id DESC LIMIT :limit")
                    .param("limit", limit).query(FitStore::fit).list();
        }
        return jdbc.sql("SELECT * FROM learning.revision_fit WHERE student_id = :student "
                        + "ORDER BY fitted_at DESC, id DESC LIMIT :limit")
                .param("student", student).param("limit", limit).query(FitStore::fit).list();
    }

    private static StoredFit fit(ResultSet row, int n) throws SQLException {
        FsrsWeights weights = StudentWeights.weights(row.getArray("weights"));
        List<Double> values = new ArrayList<>();
        for (double w : weights.toArray()) {
            values.add(w);
        }
        return new StoredFit(row.getObject("id", UUID.class), row.getObject("student_id", UUID.class),
                row.getTimestamp("fitted_at").toInstant(), row.getInt("reviews_total"), row.getInt("reviews_used"),
                row.getInt("held_out"), row.getInt("held_out_predictions"), row.getDouble("log_loss_before"),
                row.getDouble("log_loss_after"), row.getBoolean("accepted"), row.getObject("previous_fit_id", UUID.class),
                List.copyOf(values));
    }
}
