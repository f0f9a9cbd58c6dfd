package io.revisio.analytics.item;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The item statistics' writes: handled sessions, answers, and the running sums per question, version and
 * option. Sums only ever grow by whole numbers, so the same answers give the same rows in any order. A session's
 * answers are written together, one statement per table: a session holds each question once, so no statement
 * touches a row twice, and rows go in the order given (question order), so two sessions never wait on each
 * other in a circle.
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
    record Answer(UUID questionId, UUID versionId, int chosenOption, int correctOption, boolean correct,
            long timeSpentMs, Integer restScore, VersionFacts version) {
    }

    /** What follows from a question's sums: its discrimination (null when undefined) and flags. */
    record Judgement(UUID questionId, Double discrimination, ItemFlags flags) {
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

    /**
     * Adds the session's answers (distinct questions) to their questions', versions' and options' sums and keeps
     * the answers; returns each question's sums with these answers in.
     */
    Map<UUID, PointBiserial> add(UUID session, Instant finishedAt, List<Answer> answers) {
        Map<UUID, PointBiserial> sums = addSums(finishedAt, answers);
        jdbc.sql("""
                        INSERT INTO analytics.item_answer (session_id, question_id, version_id, chosen_option, correct,
                                                           time_spent_ms, rest_score, finished_at)
                        SELECT :session, a.question, a.version, a.chosen, a.is_right, a.ms, a.rest, :at
                        FROM unnest(CAST(:questions AS uuid[]), CAST(:versions AS uuid[]), CAST(:chosen AS integer[]),
                                    CAST(:rights AS boolean[]), CAST(:times AS bigint[]), CAST(:rests AS integer[]))
                            AS a(question, version, chosen, is_right, ms, rest)
                        """)
                .param("session", session).param("at", Timestamp.from(finishedAt))
                .param("questions", questions(answers)).param("versions", versions(answers))
                .param("chosen", answers.stream().map(Answer::chosenOption).toArray(Integer[]::new))
                .param("rights", rights(answers))
                .param("times", answers.stream().map(Answer::timeSpentMs).toArray(Long[]::new))
                .param("rests", answers.stream().map(Answer::restScore).toArray(Integer[]::new)).update();
        jdbc.sql("""
                        INSERT INTO analytics.item_version (version_id, question_id, number, correct_option, option_count,
                                                            answers, correct)
                        SELECT a.version, a.question, a.number, a.key, a.options, 1,
                            CASE WHEN a.is_right THEN 1 ELSE 0 END
                        FROM unnest(CAST(:versions AS uuid[]), CAST(:questions AS uuid[]), CAST(:numbers AS integer[]),
                                    CAST(:keys AS integer[]), CAST(:options AS integer[]), CAST(:rights AS boolean[]))
                            AS a(version, question, number, key, options, is_right)
                        ON CONFLICT (version_id) DO UPDATE SET answers = analytics.item_version.answers + 1,
                            correct = analytics.item_version.correct + excluded.correct
                        """)
                .param("versions", versions(answers)).param("questions", questions(answers))
                .param("numbers", answers.stream().map(answer -> answer.version().number()).toArray(Integer[]::new))
                .param("keys", answers.stream().map(Answer::correctOption).toArray(Integer[]::new))
                .param("options", answers.stream().map(answer -> answer.version().optionCount())
                        .toArray(Integer[]::new))
                .param("rights", rights(answers)).update();
        jdbc.sql("""
                        INSERT INTO analytics.item_option (version_id, option_index, chosen)
                        SELECT a.version, a.option, 1
                        FROM unnest(CAST(:versions AS uuid[]), CAST(:chosen AS integer[])) AS a(version, option)
                        ON CONFLICT (version_id, option_index) DO UPDATE SET chosen = analytics.item_option.chosen + 1
                        """)
                .param("versions", versions(answers))
                .param("chosen", answers.stream().map(Answer::chosenOption).toArray(Integer[]::new)).update();
        return sums;
    }

    /** The questions' running sums: the rest score's pairs only from answers that have one. */
    private Map<UUID, PointBiserial> addSums(Instant finishedAt, List<Answer> answers) {
        Map<UUID, PointBiserial> sums = new HashMap<>();
        jdbc.sql("""
                        INSERT INTO analytics.item_statistic AS s (question_id, theme_id, concept_ids,
                            latest_version_number, answers, correct, scored, scored_correct, sum_rest,
                            sum_rest_squared, sum_rest_correct, share_correct, negative_discrimination,
                            distractor_above_key, last_answered_at)
                        SELECT a.question, a.theme, CAST(a.concepts AS uuid[]), a.number, 1, a.is_right::integer,
                            CASE WHEN a.rest IS NULL THEN 0 ELSE 1 END,
                            CASE WHEN a.rest IS NOT NULL AND a.is_right THEN 1 ELSE 0 END,
                            coalesce(a.rest, 0), coalesce(a.rest, 0)::bigint * coalesce(a.rest, 0),
                            CASE WHEN a.is_right THEN coalesce(a.rest, 0) ELSE 0 END,
                            0, false, false, :at
                        FROM unnest(CAST(:questions AS uuid[]), CAST(:themes AS uuid[]), CAST(:concepts AS text[]),
                                    CAST(:numbers AS integer[]), CAST(:rights AS boolean[]), CAST(:rests AS integer[]))
                            AS a(question, theme, concepts, number, is_right, rest)
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
                        RETURNING question_id, scored, scored_correct, sum_rest, sum_rest_squared, sum_rest_correct
                        """)
                .param("at", Timestamp.from(finishedAt)).param("questions", questions(answers))
                .param("themes", answers.stream().map(answer -> answer.version().themeId()).toArray(UUID[]::new))
                .param("concepts", answers.stream().map(answer -> answer.version().conceptIds().stream()
                        .map(UUID::toString).collect(Collectors.joining(",", "{", "}"))).toArray(String[]::new))
                .param("numbers", answers.stream().map(answer -> answer.version().number()).toArray(Integer[]::new))
                .param("rights", rights(answers)).param("rests", answers.stream().map(Answer::restScore)
                        .toArray(Integer[]::new))
                .query((row, n) -> sums.put(row.getObject("question_id", UUID.class),
                        new PointBiserial(row.getLong("scored"), row.getLong("scored_correct"), row.getLong("sum_rest"),
                                row.getLong("sum_rest_squared"), row.getLong("sum_rest_correct"))))
                .list();
        return sums;
    }

    /** Per question, the option counts of its highest-numbered version answered so far (none when unanswered). */
    Map<UUID, ItemFlags.OptionCounts> latestVersions(Collection<UUID> questions) {
        record Latest(int key, int optionCount, Map<Integer, Long> chosen) {
        }
        Map<UUID, Latest> latest = new HashMap<>();
        jdbc.sql("""
                        WITH latest AS (
                            SELECT DISTINCT ON (question_id) question_id, version_id, correct_option, option_count
                            FROM analytics.item_version WHERE question_id = ANY (CAST(:questions AS uuid[]))
                            ORDER BY question_id, number DESC, version_id)
                        SELECT l.question_id, l.correct_option, l.option_count, o.option_index, o.chosen
                        FROM latest l LEFT JOIN analytics.item_option o ON o.version_id = l.version_id
                        """)
                .param("questions", questions.toArray(UUID[]::new))
                .query((row, n) -> {
                    int key = row.getInt("correct_option");
                    int optionCount = row.getInt("option_count");
                    Latest version = latest.computeIfAbsent(row.getObject("question_id", UUID.class),
                            id -> new Latest(key, optionCount, new HashMap<>()));
                    Integer option = row.getObject("option_index", Integer.class);
                    if (option != null) {
                        version.chosen().put(option, row.getLong("chosen"));
                    }
                    return version;
                })
                .list();
        Map<UUID, ItemFlags.OptionCounts> counts = new HashMap<>();
        latest.forEach((question, version) -> counts.put(question,
                counts(version.key(), version.optionCount(), version.chosen())));
        return counts;
    }

    private static ItemFlags.OptionCounts counts(int key, int optionCount, Map<Integer, Long> chosen) {
        int size = Math.max(optionCount, Math.max(key + 1, chosen.keySet().stream().mapToInt(i -> i + 1).max().orElse(0)));
        long[] counts = new long[size];
        chosen.forEach((option, count) -> counts[option] = count);
        return new ItemFlags.OptionCounts(key, counts);
    }

    /** Writes what follows from the questions' sums: share correct, discrimination and flags. */
    void judge(List<Judgement> judgements) {
        jdbc.sql("""
                        UPDATE analytics.item_statistic AS s
                        SET share_correct = s.correct::double precision / s.answers, discrimination = j.discrimination,
                            negative_discrimination = j.negative, distractor_above_key = j.distractor
                        FROM unnest(CAST(:questions AS uuid[]), CAST(:discriminations AS double precision[]),
                                    CAST(:negatives AS boolean[]), CAST(:distractors AS boolean[]))
                            AS j(question, discrimination, negative, distractor)
                        WHERE s.question_id = j.question
                        """)
                .param("questions", judgements.stream().map(Judgement::questionId).toArray(UUID[]::new))
                .param("discriminations", judgements.stream().map(Judgement::discrimination).toArray(Double[]::new))
                .param("negatives", judgements.stream().map(each -> each.flags().negativeDiscrimination())
                        .toArray(Boolean[]::new))
                .param("distractors", judgements.stream().map(each -> each.flags().distractorAboveKey())
                        .toArray(Boolean[]::new))
                .update();
    }

    /** How many questions have statistics, and from how many answers. */
    long[] size() {
        return jdbc.sql("SELECT count(*) AS questions, coalesce(sum(answers), 0) AS answers FROM analytics.item_statistic")
                .query((row, n) -> new long[] {row.getLong("questions"), row.getLong("answers")}).single();
    }

    private static UUID[] questions(List<Answer> answers) {
        return answers.stream().map(Answer::questionId).toArray(UUID[]::new);
    }

    private static UUID[] versions(List<Answer> answers) {
        return answers.stream().map(Answer::versionId).toArray(UUID[]::new);
    }

    private static Boolean[] rights(List<Answer> answers) {
        return answers.stream().map(Answer::correct).toArray(Boolean[]::new);
    }
}
