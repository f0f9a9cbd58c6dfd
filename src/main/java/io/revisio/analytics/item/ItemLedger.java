package io.revisio.analytics.item;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The item statistics' writes: handled sessions, answers, and the running sums per question, version and
 * option. Sums only ever grow by whole numbers, so the same answers give the same rows in any order.
 */
@Repository
class ItemLedger {

    private final JdbcClient jdbc;

    ItemLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the statistics keep of a version: its number, filing and how many options it has. */
    record VersionFacts(int number, UUID themeId, List<UUID> conceptIds, int optionCount) {
    }

    /** One final answer of a finished session; {@code restScore} in ten-thousandths, null when alone. */
    record Answer(UUID sessionId, UUID questionId, UUID versionId, int chosenOption, int correctOption,
            boolean correct, long timeSpentMs, Integer restScore, Instant finishedAt) {
    }

    /** Notes the session as handled; false when it already was (a redelivered event). */
    boolean handle(UUID session, Instant finishedAt) {
        return jdbc.sql("INSERT INTO analytics.handled_session (session_id, finished_at) VALUES (:id, :at) "
                        + "ON CONFLICT DO NOTHING")
                .param("id", session).param("at", Timestamp.from(finishedAt)).update() == 1;
    }

    void clear() {
        jdbc.sql("TRUNCATE analytics.item_option, analytics.item_version, analytics.item_answer, "
                + "analytics.item_statistic, analytics.handled_session").update();
    }

    /** Adds the answer to its question's sums (locking the question's row first) and returns the sums. */
    PointBiserial add(Answer answer, VersionFacts version) {
        boolean scored = answer.restScore() != null;
        long rest = scored ? answer.restScore() : 0;
        long right = answer.correct() ? 1 : 0;
        PointBiserial sums = jdbc.sql("""
                        INSERT INTO analytics.item_statistic AS s (question_id, theme_id, concept_ids,
                            latest_version_number, answers, correct, scored, scored_correct, sum_rest,
                            sum_rest_squared, sum_rest_correct, share_correct, negative_discrimination,
                            distractor_above_key, last_answered_at)
                        VALUES (:question, :theme, :concepts, :number, 1, :right, :scored, :scoredRight, :rest,
                            :restSquared, :restRight, 0, false, false, :at)
                        ON CONFLICT (question_id) DO UPDATE SET
                            theme_id = CASE WHEN excluded.latest_version_number >= s.latest_version_number
                                THEN excluded.theme_id ELSE s.theme_id END,
                            concept_ids = CASE WHEN excluded.latest_version_number >= s.latest_version_number
                                THEN excluded.concept_ids ELSE s.concept_ids END,
                            latest_version_number = greatest(s.latest_version_number, excluded.latest_version_number),
                            answers = s.answers + 1,
                            correct = s.correct + excluded.correct,
                            scored = s.scored + excluded.scored,
                            scored_correct = s.scored_correct + excluded.scored_correct,
                            sum_rest = s.sum_rest + excluded.sum_rest,
                            sum_rest_squared = s.sum_rest_squared + excluded.sum_rest_squared,
                            sum_rest_correct = s.sum_rest_correct + excluded.sum_rest_correct,
                            last_answered_at = greatest(s.last_answered_at, excluded.last_answered_at)
                        RETURNING scored, scored_correct, sum_rest, sum_rest_squared, sum_rest_correct
                        """)
                .param("question", answer.questionId()).param("theme", version.themeId())
                .param("concepts", version.conceptIds().toArray(UUID[]::new)).param("number", version.number())
                .param("right", right).param("scored", scored ? 1 : 0).param("scoredRight", scored ? right : 0)
                .param("rest", rest).param("restSquared", rest * rest).param("restRight", right * rest)
                .param("at", Timestamp.from(answer.finishedAt()))
                .query((row, n) -> new PointBiserial(row.getLong("scored"), row.getLong("scored_correct"),
                        row.getLong("sum_rest"), row.getLong("sum_rest_squared"), row.getLong("sum_rest_correct")))
                .single();
        jdbc.sql("""
                        INSERT INTO analytics.item_answer (session_id, question_id, version_id, chosen_option, correct,
                                                           time_spent_ms, rest_score, finished_at)
                        VALUES (:session, :question, :version, :chosen, :right, :ms, :rest, :at)
                        """)
                .param("session", answer.sessionId()).param("question", answer.questionId())
                .param("version", answer.versionId()).param("chosen", answer.chosenOption())
                .param("right", answer.correct()).param("ms", answer.timeSpentMs()).param("rest", answer.restScore())
                .param("at", Timestamp.from(answer.finishedAt())).update();
        jdbc.sql("""
                        INSERT INTO analytics.item_version (version_id, question_id, number, correct_option, option_count,
                                                            answers, correct)
                        VALUES (:version, :question, :number, :key, :options, 1, :right)
                        ON CONFLICT (version_id) DO UPDATE SET answers = analytics.item_version.answers + 1,
                            correct = analytics.item_version.correct + excluded.correct
                        """)
                .param("version", answer.versionId()).param("question", answer.questionId())
                .param("number", version.number()).param("key", answer.correctOption())
                .param("options", version.optionCount()).param("right", right).update();
        jdbc.sql("""
                        INSERT INTO analytics.item_option (version_id, option_index, chosen) VALUES (:version, :option, 1)
                        ON CONFLICT (version_id, option_index) DO UPDATE SET chosen = analytics.item_option.chosen + 1
                        """)
                .param("version", answer.versionId()).param("option", answer.chosenOption()).update();
        return sums;
    }

    /** The option counts of the question's highest-numbered version answered so far. */
    ItemFlags.OptionCounts latestVersion(UUID question) {
        return jdbc.sql("""
                        SELECT version_id, correct_option, option_count FROM analytics.item_version
                        WHERE question_id = :question ORDER BY number DESC, version_id LIMIT 1
                        """)
                .param("question", question)
                .query((row, n) -> counts(row.getObject("version_id", UUID.class), row.getInt("correct_option"),
                        row.getInt("option_count")))
                .optional().orElse(null);
    }

    private ItemFlags.OptionCounts counts(UUID version, int key, int optionCount) {
        Map<Integer, Long> chosen = new java.util.HashMap<>();
        jdbc.sql("SELECT option_index, chosen FROM analytics.item_option WHERE version_id = :version")
                .param("version", version)
                .query((row, n) -> chosen.put(row.getInt("option_index"), row.getLong("chosen"))).list();
        int size = Math.max(optionCount, Math.max(key + 1, chosen.keySet().stream().mapToInt(i -> i + 1).max().orElse(0)));
        long[] counts = new long[size];
        chosen.forEach((option, count) -> counts[option] = count);
        return new ItemFlags.OptionCounts(key, counts);
    }

    /** Writes what follows from the question's sums: share correct, discrimination and flags. */
    void judge(UUID question, Double discrimination, ItemFlags flags) {
        jdbc.sql("""
                        UPDATE analytics.item_statistic SET share_correct = correct::double precision / answers,
                            discrimination = :discrimination, negative_discrimination = :negative,
                            distractor_above_key = :distractor
                        WHERE question_id = :question
                        """)
                .param("question", question).param("discrimination", discrimination)
                .param("negative", flags.negativeDiscrimination()).param("distractor", flags.distractorAboveKey())
                .update();
    }

    /** How many questions have statistics, and from how many answers. */
    long[] size() {
        return jdbc.sql("SELECT count(*) AS questions, coalesce(sum(answers), 0) AS answers FROM analytics.item_statistic")
                .query((row, n) -> new long[] {row.getLong("questions"), row.getLong("answers")}).single();
    }
}
