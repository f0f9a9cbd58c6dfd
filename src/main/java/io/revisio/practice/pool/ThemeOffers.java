package io.revisio.practice.pool;

import io.revisio.practice.pool.QuestionPool.PoolQuestion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What each theme offers a student, without reading the pool whole: the pool's kept counts per theme and
 * difficulty, less the questions the student has a row for (few, read in full), plus those of them that pass
 * the pools. The questions the student never met are then sampled by walking the theme in shuffle-key order
 * from a given start, so a test of 40 reads about 40 of them however large the bank.
 */
@Repository
public class ThemeOffers {

    private final JdbcClient jdbc;
    private final QuestionPool pool;

    ThemeOffers(JdbcClient jdbc, QuestionPool pool) {
        this.jdbc = jdbc;
        this.pool = pool;
    }

    /**
     * What one theme offers.
     *
     * @param available how many of its questions pass the filters
     * @param met       those of them the student has met (or listed), read in full with their seen counts
     */
    public record ThemeOffer(UUID themeId, long available, List<PoolQuestion> met) {
    }

    /**
     * What the themes offer.
     *
     * @param unmetPass whether the questions the student never met pass the pools (all, or unused)
     * @param listed    the student's bookmarked and open-mistake questions where the pools name them
     */
    public record Offers(Map<UUID, ThemeOffer> themes, boolean unmetPass, Set<UUID> listed, PoolFilter filter) {

        public long available() {
            return themes.values().stream().mapToLong(ThemeOffer::available).sum();
        }

        public long available(UUID theme) {
            ThemeOffer offer = themes.get(theme);
            return offer == null ? 0 : offer.available();
        }
    }

    /** Where to walk one theme for unmet questions: from {@code start} in shuffle-key order, at most {@code limit}. */
    public record Walk(UUID themeId, int start, int limit) {
    }

    public Offers offers(UUID student, PoolFilter filter, Set<UUID> themes) {
        UUID[] themeIds = themes.toArray(UUID[]::new);
        Set<UUID> listed = new LinkedHashSet<>(List.of(pool.list(filter, Pool.BOOKMARKED, student)));
        listed.addAll(List.of(pool.list(filter, Pool.MISTAKES, student)));
        Map<UUID, Long> counted = new HashMap<>();
        jdbc.sql("SELECT theme_id, sum(questions) AS n FROM practice.pool_theme_count WHERE theme_id = ANY (:themes)"
                        + (filter.difficulties().isEmpty() ? "" : " AND difficulty = ANY (:difficulties)")
                        + " GROUP BY theme_id")
                .param("themes", themeIds).param("difficulties", QuestionPool.difficulties(filter))
                .query((row, n) -> counted.put(row.getObject("theme_id", UUID.class), row.getLong("n"))).list();
        Map<UUID, List<PoolQuestion>> met = new HashMap<>();
        Map<UUID, Integer> metCount = new HashMap<>();
        jdbc.sql("SELECT p.*, coalesce(s.seen_count, 0) AS seen, " + QuestionPool.pools(filter) + " AS passes"
                        + " FROM practice.question_pool p"
                        + " LEFT JOIN practice.student_question s ON s.question_id = p.question_id"
                        + " AND s.student_id = :student"
                        + " WHERE p.question_id IN (SELECT question_id FROM practice.student_question"
                        + " WHERE student_id = :student UNION ALL SELECT unnest(CAST(:listed AS uuid[])))"
                        + " AND p.theme_id = ANY (:themes) AND " + QuestionPool.difficulty(filter))
                .param("student", student).param("themes", themeIds).param("listed", listed.toArray(UUID[]::new))
                .param("bookmarked", pool.list(filter, Pool.BOOKMARKED, student))
                .param("mistakes", pool.list(filter, Pool.MISTAKES, student))
                .param("difficulties", QuestionPool.difficulties(filter))
                .query((row, n) -> {
                    PoolQuestion question = QuestionPool.question(row, n);
                    metCount.merge(question.themeId(), 1, Integer::sum);
                    if (row.getBoolean("passes")) {
                        met.computeIfAbsent(question.themeId(), theme -> new ArrayList<>()).add(question);
                    }
                    return question;
                }).list();
        boolean unmetPass = filter.pools().contains(Pool.ALL) || filter.pools().contains(Pool.UNUSED);
        Map<UUID, ThemeOffer> offers = new HashMap<>();
        for (UUID theme : themes) {
            List<PoolQuestion> passing = met.getOrDefault(theme, List.of());
            long unmet = unmetPass ? counted.getOrDefault(theme, 0L) - metCount.getOrDefault(theme, 0) : 0;
            offers.put(theme, new ThemeOffer(theme, Math.max(0, unmet) + passing.size(), passing));
        }
        return new Offers(offers, unmetPass, listed, filter);
    }

    /**
     * The questions the student never met in each walked theme, in shuffle-key order from the walk's start
     * (wrapping round at the end), as many as its limit. Empty when unmet questions do not pass the pools.
     */
    public List<PoolQuestion> unmet(UUID student, Offers offers, List<Walk> walks) {
        List<Walk> walked = walks.stream().filter(walk -> walk.limit() > 0).toList();
        if (!offers.unmetPass() || walked.isEmpty()) {
            return List.of();
        }
        String unmet = " AND " + QuestionPool.difficulty(offers.filter())
                + " AND NOT EXISTS (SELECT 1 FROM practice.student_question s WHERE s.student_id = :student"
                + " AND s.question_id = p.question_id) AND NOT (p.question_id = ANY (:listed))";
        return jdbc.sql("""
                        SELECT x.*, 0 AS seen
                        FROM unnest(CAST(:themes AS uuid[]), CAST(:starts AS integer[]), CAST(:limits AS integer[]))
                            AS w(theme_id, start, lim)
                        CROSS JOIN LATERAL (
                            SELECT y.* FROM (
                                (SELECT p.*, 0 AS wrapped FROM practice.question_pool p
                                 WHERE p.theme_id = w.theme_id AND p.shuffle_key >= w.start %1$s
                                 ORDER BY p.shuffle_key, p.question_id LIMIT w.lim)
                                UNION ALL
                                (SELECT p.*, 1 AS wrapped FROM practice.question_pool p
                                 WHERE p.theme_id = w.theme_id AND p.shuffle_key < w.start %1$s
                                 ORDER BY p.shuffle_key, p.question_id LIMIT w.lim)
                            ) y ORDER BY y.wrapped, y.shuffle_key, y.question_id LIMIT w.lim
                        ) x
                        """.formatted(unmet))
                .param("themes", walked.stream().map(Walk::themeId).toArray(UUID[]::new))
                .param("starts", walked.stream().map(Walk::start).toArray(Integer[]::new))
                .param("limits", walked.stream().map(Walk::limit).toArray(Integer[]::new))
                .param("student", student).param("listed", offers.listed().toArray(UUID[]::new))
                .param("difficulties", QuestionPool.difficulties(offers.filter()))
                .query(QuestionPool::question).list();
    }
}
