package io.revisio.learning.revision;

import io.revisio.learning.fsrs.FsrsWeights;
import io.revisio.learning.fsrs.MemoryModel;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which FSRS-6 weights schedule a student's reviews: those of their latest accepted fit, or the published
 * defaults before any. A fit never changes once stored, so its memory model is kept once read.
 */
@Component
class StudentWeights {

    /** @param fitId the accepted fit the weights come from; null for the defaults */
    record Current(UUID fitId, FsrsWeights weights) {

        static final Current DEFAULT = new Current(null, FsrsWeights.DEFAULT);
    }

    private static final MemoryModel DEFAULT_MODEL = new MemoryModel(FsrsWeights.DEFAULT);

    private final JdbcClient jdbc;
    private final Map<UUID, MemoryModel> models = new ConcurrentHashMap<>();

    StudentWeights(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Current current(UUID student) {
        return jdbc.sql("""
                        SELECT id, weights FROM learning.revision_fit WHERE student_id = :student AND accepted
                        ORDER BY fitted_at DESC, id DESC LIMIT 1
                        """)
                .param("student", student)
                .query((row, n) -> new Current(row.getObject("id", UUID.class), weights(row.getArray("weights"))))
                .optional().orElse(Current.DEFAULT);
    }

    /** The memory model of the fit that scheduled a review; null means the defaults. */
    MemoryModel model(UUID fitId) {
        if (fitId == null) {
            return DEFAULT_MODEL;
        }
        return models.computeIfAbsent(fitId, id -> new MemoryModel(jdbc.sql(
                        "SELECT weights FROM learning.revision_fit WHERE id = :id")
                .param("id", id).query((row, n) -> weights(row.getArray("weights"))).optional()
                .orElseThrow(() -> new IllegalStateException("no weight fit " + id))));
    }

    MemoryModel currentModel(UUID student) {
        Current current = current(student);
        return current.fitId() == null ? DEFAULT_MODEL : model(current.fitId());
    }

    static FsrsWeights weights(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        double[] w = new double[values.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = ((Number) values[i]).doubleValue();
        }
        return FsrsWeights.of(w);
    }
}
