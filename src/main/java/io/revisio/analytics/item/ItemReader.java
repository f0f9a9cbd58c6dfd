package io.revisio.analytics.item;

import io.revisio.shared.paging.Page;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The item statistics' reads: lists of questions' sums, one question's versions, median times. */
@Repository
class ItemReader {

    private final JdbcClient jdbc;

    ItemReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One question's row as stored. */
    record Row(UUID questionId, UUID themeId, long answers, long correct, double shareCorrect, Double discrimination,
            ItemFlags flags, java.time.Instant lastAnsweredAt) {
    }

    /** One version's counts; {@code chosen[i]} for the option stored at i. */
    record VersionRow(UUID versionId, int number, long answers, long correct, int correctOption, long[] chosen) {
    }

    Page<Row> list(ItemQuery query) {
        StringBuilder where = new StringBuilder(" WHERE s.answers >= :min");
        if (query.flaggedOnly()) {
            where.append(" AND s.flagged");
        }
        if (query.themes() != null) {
            where.append(query.concept() == null ? " AND s.theme_id = ANY (:themes)"
                    : " AND (s.theme_id = ANY (:themes) OR :concept = ANY (s.concept_ids))");
        }
        String order = " ORDER BY " + query.sort().column + (query.ascending() ? " ASC" : " DESC")
                + " NULLS LAST, s.question_id";
        var rows = jdbc.sql("SELECT s.* FROM analytics.item_statistic s" + where + order
                        + " LIMIT :size OFFSET :offset")
                .param("size", query.page().size()).param("offset", query.page().offset());
        var count = jdbc.sql("SELECT count(*) FROM analytics.item_statistic s" + where);
        rows = rows.param("min", query.minAnswers());
        count = count.param("min", query.minAnswers());
        if (query.themes() != null) {
            UUID[] themes = query.themes().toArray(UUID[]::new);
            rows = rows.param("themes", themes);
            count = count.param("themes", themes);
            if (query.concept() != null) {
                rows = rows.param("concept", query.concept());
                count = count.param("concept", query.concept());
            }
        }
        return Page.of(rows.query(ItemReader::row).list(), query.page(), count.query(Long.class).single());
    }

    Optional<Row> one(UUID question) {
        return jdbc.sql("SELECT s.* FROM analytics.item_statistic s WHERE question_id = :id").param("id", question)
                .query(ItemReader::row).optional();
    }

    /** The exact median of the stored times, per question (read from the answers, a question at a time). */
    Map<UUID, Long> medianTimes(Collection<UUID> questions) {
        Map<UUID, Long> medians = new HashMap<>();
        if (questions.isEmpty()) {
            return medians;
        }
        jdbc.sql("""
                        SELECT question_id, percentile_cont(0.5) WITHIN GROUP (ORDER BY time_spent_ms) AS median
                        FROM analytics.item_answer WHERE question_id = ANY (:ids) GROUP BY question_id
                        """)
                .param("ids", questions.toArray(UUID[]::new))
                .query((row, n) -> medians.put(row.getObject("question_id", UUID.class),
                        Math.round(row.getDouble("median"))))
                .list();
        return medians;
    }

    /** The question's answered versions, newest first, with their option counts. */
    List<VersionRow> versions(UUID question) {
        List<VersionRow> versions = new ArrayList<>();
        jdbc.sql("""
                        SELECT v.version_id, v.number, v.answers, v.correct, v.correct_option, v.option_count,
                               coalesce(array_agg(o.option_index ORDER BY o.option_index)
                                   FILTER (WHERE o.option_index IS NOT NULL), '{}') AS options,
                               coalesce(array_agg(o.chosen ORDER BY o.option_index)
                                   FILTER (WHERE o.option_index IS NOT NULL), '{}') AS chosen
                        FROM analytics.item_version v
                        LEFT JOIN analytics.item_option o ON o.version_id = v.version_id
                        WHERE v.question_id = :id
                        GROUP BY v.version_id ORDER BY v.number DESC, v.version_id
                        """)
                .param("id", question)
                .query((row, n) -> versions.add(version(row))).list();
        return versions;
    }

    /** The highest-numbered answered version of each question, whose stem the pages show. */
    Map<UUID, UUID> latestVersions(Collection<UUID> questions) {
        Map<UUID, UUID> latest = new HashMap<>();
        if (questions.isEmpty()) {
            return latest;
        }
        jdbc.sql("""
                        SELECT DISTINCT ON (question_id) question_id, version_id FROM analytics.item_version
                        WHERE question_id = ANY (:ids) ORDER BY question_id, number DESC, version_id
                        """)
                .param("ids", questions.toArray(UUID[]::new))
                .query((row, n) -> latest.put(row.getObject("question_id", UUID.class),
                        row.getObject("version_id", UUID.class)))
                .list();
        return latest;
    }

    /** Answers and right answers per question, for the badges. */
    Map<UUID, long[]> answersAndCorrect(Collection<UUID> questions) {
        Map<UUID, long[]> counts = new HashMap<>();
        if (questions.isEmpty()) {
            return counts;
        }
        jdbc.sql("SELECT question_id, answers, correct FROM analytics.item_statistic WHERE question_id = ANY (:ids)")
                .param("ids", questions.toArray(UUID[]::new))
                .query((row, n) -> counts.put(row.getObject("question_id", UUID.class),
                        new long[] {row.getLong("answers"), row.getLong("correct")}))
                .list();
        return counts;
    }

    private static VersionRow version(ResultSet row) throws SQLException {
        Integer[] options = (Integer[]) row.getArray("options").getArray();
        Long[] chosen = (Long[]) row.getArray("chosen").getArray();
        int key = row.getInt("correct_option");
        int size = row.getInt("option_count");
        for (Integer option : options) {
            size = Math.max(size, option + 1);
        }
        long[] counts = new long[Math.max(size, key + 1)];
        for (int i = 0; i < options.length; i++) {
            counts[options[i]] = chosen[i];
        }
        return new VersionRow(row.getObject("version_id", UUID.class), row.getInt("number"), row.getLong("answers"),
                row.getLong("correct"), key, counts);
    }

    private static Row row(ResultSet row, int n) throws SQLException {
        return new Row(row.getObject("question_id", UUID.class), row.getObject("theme_id", UUID.class),
                row.getLong("answers"), row.getLong("correct"), row.getDouble("share_correct"),
                row.getObject("discrimination", Double.class),
                new ItemFlags(row.getBoolean("negative_discrimination"), row.getBoolean("distractor_above_key")),
                row.getTimestamp("last_answered_at").toInstant());
    }
}
