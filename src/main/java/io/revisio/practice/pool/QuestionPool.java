package io.revisio.practice.pool;

import io.revisio.content.PublishedQuestions.Head;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import io.revisio.practice.StudentQuestionLists;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The published questions practice draws from ({@code practice.question_pool}), joined with what the
 * student has done with each ({@code practice.student_question}) to apply the builder's pools.
 */
@Repository
public class QuestionPool {

    private static final String FILTERED = """
            FROM practice.question_pool p
            LEFT JOIN practice.student_question s ON s.question_id = p.question_id AND s.student_id = :student
            """;

    private final JdbcClient jdbc;
    private final ObjectProvider<StudentQuestionLists> lists;

    QuestionPool(JdbcClient jdbc, ObjectProvider<StudentQuestionLists> lists) {
        this.jdbc = jdbc;
        this.lists = lists;
    }

    /**
     * One question as the builder picks it. {@code seen}: in how many of the student's sessions it was;
     * {@code shuffleKey}: its fixed pseudo-random place, from which the builder's random order is made.
     */
    public record PoolQuestion(UUID questionId, UUID versionId, UUID themeId, List<UUID> conceptIds,
            Integer difficulty, int optionCount, int seen, int shuffleKey) {
    }

    void put(Head head, Instant now) {
        jdbc.sql("""
                        INSERT INTO practice.question_pool (question_id, version_id, theme_id, concept_ids, difficulty,
                                                           option_count, updated_at)
                        VALUES (:question, :version, :theme, :concepts, :difficulty, :options, :now)
                        ON CONFLICT (question_id) DO UPDATE SET version_id = excluded.version_id,
                            theme_id = excluded.theme_id, concept_ids = excluded.concept_ids,
                            difficulty = excluded.difficulty, option_count = excluded.option_count,
                            updated_at = excluded.updated_at
                        """)
                .param("question", head.questionId()).param("version", head.versionId())
                .param("theme", head.themeId()).param("concepts", head.conceptIds().toArray(UUID[]::new))
                .param("difficulty", head.difficulty()).param("options", head.optionCount())
                .param("now", Timestamp.from(now)).update();
    }

    void remove(UUID questionId) {
        jdbc.sql("DELETE FROM practice.question_pool WHERE question_id = :id").param("id", questionId).update();
    }

    /** Removes every question not among {@code published}; returns how many were removed. */
    int keepOnly(Collection<UUID> published) {
        return jdbc.sql("DELETE FROM practice.question_pool WHERE NOT (question_id = ANY (:ids))")
                .param("ids", published.toArray(UUID[]::new)).update();
    }

    Map<UUID, Long> countsByConcept(UUID student, PoolFilter filter) {
        return counts("SELECT c AS node, count(*) AS n " + FILTERED + " CROSS JOIN unnest(p.concept_ids) c "
                + where(filter) + " GROUP BY c", student, filter);
    }

    /**
     * The questions filed under one of the themes and carrying one of the concepts that pass the filters, in
     * question id order: all of them, for the narrow choices a concept makes.
     */
    public List<PoolQuestion> withConcepts(UUID student, PoolFilter filter, Set<UUID> themes, Set<UUID> concepts) {
        if (themes.isEmpty() || concepts.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT p.*, coalesce(s.seen_count, 0) AS seen " + FILTERED + where(filter)
                        + " AND p.theme_id = ANY (:themes) AND p.concept_ids && :concepts ORDER BY p.question_id")
                .param("student", student).param("difficulties", difficulties(filter))
                .param("bookmarked", list(filter, Pool.BOOKMARKED, student))
                .param("mistakes", list(filter, Pool.MISTAKES, student))
                .param("themes", themes.toArray(UUID[]::new)).param("concepts", concepts.toArray(UUID[]::new))
                .query(QuestionPool::question).list();
    }

    /** The named questions that are in the pool and filed under one of the themes, whatever the pools say. */
    public List<PoolQuestion> named(UUID student, Collection<UUID> questions, Set<UUID> themes) {
        if (questions.isEmpty() || themes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT p.*, coalesce(s.seen_count, 0) AS seen " + FILTERED
                        + " WHERE p.question_id = ANY (:questions) AND p.theme_id = ANY (:themes)")
                .param("student", student).param("questions", questions.toArray(UUID[]::new))
                .param("themes", themes.toArray(UUID[]::new))
                .query(QuestionPool::question).list();
    }

    private Map<UUID, Long> counts(String sql, UUID student, PoolFilter filter) {
        Map<UUID, Long> counts = new HashMap<>();
        jdbc.sql(sql).param("student", student).param("difficulties", difficulties(filter))
                .param("bookmarked", list(filter, Pool.BOOKMARKED, student))
                .param("mistakes", list(filter, Pool.MISTAKES, student))
                .query((row, n) -> counts.put(row.getObject("node", UUID.class), row.getLong("n"))).list();
        return counts;
    }

    /** The pools and difficulties as SQL; only fixed fragments, chosen by enum, are put together. */
    static String where(PoolFilter filter) {
        return " WHERE " + pools(filter) + " AND " + difficulty(filter);
    }

    /** Whether a question passes the pools, over {@code p} (the pool) and {@code s} (the student's row). */
    static String pools(PoolFilter filter) {
        return filter.pools().contains(Pool.ALL) ? "true" : filter.pools().stream()
                .map(pool -> switch (pool) {
                    case UNUSED -> "coalesce(s.answered, false) = false";
                    case INCORRECT -> "s.last_correct = false";
                    case FLAGGED -> "coalesce(s.flagged, false)";
                    case BOOKMARKED -> "p.question_id = ANY (:bookmarked)";
                    case MISTAKES -> "p.question_id = ANY (:mistakes)";
                    case ALL -> "true";
                })
                .collect(Collectors.joining(" OR ", "(", ")"));
    }

    static String difficulty(PoolFilter filter) {
        return filter.difficulties().isEmpty() ? "true" : "p.difficulty = ANY (:difficulties)";
    }

    /** The student's own list behind a pool, read only when the filter uses that pool. */
    UUID[] list(PoolFilter filter, Pool pool, UUID student) {
        StudentQuestionLists provider = filter.pools().contains(pool) ? lists.getIfAvailable() : null;
        if (provider == null) {
            return new UUID[0];
        }
        Set<UUID> ids = pool == Pool.BOOKMARKED ? provider.bookmarked(student) : provider.openMistakes(student);
        return ids.toArray(UUID[]::new);
    }

    static Integer[] difficulties(PoolFilter filter) {
        return filter.difficulties().toArray(Integer[]::new);
    }

    static PoolQuestion question(ResultSet row, int n) throws SQLException {
        return new PoolQuestion(row.getObject("question_id", UUID.class), row.getObject("version_id", UUID.class),
                row.getObject("theme_id", UUID.class), uuids(row.getArray("concept_ids")),
                row.getObject("difficulty", Integer.class), row.getInt("option_count"), row.getInt("seen"),
                row.getInt("shuffle_key"));
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(UUID.class::cast).toList();
    }
}
