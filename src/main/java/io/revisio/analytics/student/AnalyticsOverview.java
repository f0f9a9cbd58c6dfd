package io.revisio.analytics.student;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A student's analytics at a glance (see docs/analytics/student-analytics.md for every number).
 *
 * @param accuracy      right answers over answers, 0 to 1; null before any answer
 * @param streakDays    consecutive UTC days with an answer, ending today, or yesterday while today has none
 * @param lastAnswered  the last UTC day with an answer, or null
 * @param time          the student's time per question against peers' on the same themes
 * @param revision      revision adherence over the last {@link Adherence#days()} days
 * @param weakestThemes the themes of lowest mastery, by {@code weakThemeRule}
 */
public record AnalyticsOverview(long answers, long correct, Double accuracy, Window last7Days, Window last30Days,
        int streakDays, LocalDate lastAnswered, TimeAgainstPeers time, Adherence revision,
        List<WeakTheme> weakestThemes, String weakThemeRule) {

    public AnalyticsOverview {
        weakestThemes = List.copyOf(weakestThemes);
    }

    /** Answers over the last {@code days} UTC days, today included. */
    public record Window(int days, long answers, long correct, Double accuracy) {
    }

    /**
     * @param studentMs mean time per question of the student, in milliseconds; null before any answer
     * @param peersMs   peers' mean time per question on the same themes, weighted by the student's answers per
     *                  theme; null when no other student answered there
     * @param ratio     studentMs / peersMs: below 1 is faster than peers
     */
    public record TimeAgainstPeers(Long studentMs, Long peersMs, Double ratio) {
    }

    /**
     * @param done   revisions done (reviews of questions reviewed before)
     * @param missed cards that fell due in the window before today and still wait
     * @param share  done / (done + missed), null when nothing was due or done
     */
    public record Adherence(int days, long done, long missed, Double share) {
    }

    public record WeakTheme(UUID themeId, String name, double mastery, int attempts, Double accuracy) {
    }
}
