package io.revisio.analytics.student;

import io.revisio.content.SyllabusOutline;
import io.revisio.learning.LearnerSnapshot;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The overview and the trend of one student, from the rollups and learning's snapshot. */
@Component
class StudentOverview {

    static final int ADHERENCE_DAYS = 30;
    static final int WEAK_MIN_ATTEMPTS = 10;
    static final double WEAK_BELOW = 0.8;
    static final int WEAK_THEMES = 3;

    private final StudentReader reader;
    private final LearnerSnapshot learner;
    private final SyllabusOutline syllabus;
    private final Clock clock;

    StudentOverview(StudentReader reader, LearnerSnapshot learner, SyllabusOutline syllabus, Clock clock) {
        this.reader = reader;
        this.learner = learner;
        this.syllabus = syllabus;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    AnalyticsOverview of(UUID student) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Map<UUID, StudentReader.Tally> themes = reader.themes(student);
        StudentReader.Tally total = themes.values().stream().reduce(StudentReader.Tally.NONE, StudentReader.Tally::plus);
        Map<LocalDate, StudentReader.Tally> month = reader.days(student, today.minusDays(29), today);
        List<LocalDate> active = reader.activeDays(student, today);
        LearnerSnapshot.RevisionAdherence adherence = learner.revisionAdherence(student,
                now.minus(java.time.Duration.ofDays(ADHERENCE_DAYS)), now);
        List<AnalyticsOverview.WeakTheme> weak = weakest(learner.mastery(student), themes);
        return new AnalyticsOverview(total.answers(), total.correct(), total.accuracy(), window(month, today, 7),
                window(month, today, 30), streak(active, today), active.isEmpty() ? null : active.get(0),
                timeAgainstPeers(themes), new AnalyticsOverview.Adherence(ADHERENCE_DAYS, adherence.done(),
                        adherence.missed(), adherence.share()), weak,
                "the " + WEAK_THEMES + " themes of lowest mastery among those with at least " + WEAK_MIN_ATTEMPTS
                        + " attempts and mastery below " + WEAK_BELOW);
    }

    /** The student's and peers' time per question, peers' weighted by the student's answers per theme. */
    AnalyticsOverview.TimeAgainstPeers timeAgainstPeers(Map<UUID, StudentReader.Tally> themes) {
        Map<UUID, StudentReader.Tally> everyone = reader.everyonesTime(themes.keySet());
        StudentReader.Tally own = StudentReader.Tally.NONE;
        double peersWeighted = 0;
        long weights = 0;
        for (Map.Entry<UUID, StudentReader.Tally> theme : themes.entrySet()) {
            own = own.plus(theme.getValue());
            Double peers = peersMs(theme.getValue(), everyone.get(theme.getKey()));
            if (peers != null) {
                peersWeighted += peers * theme.getValue().answers();
                weights += theme.getValue().answers();
            }
        }
        Long peersMs = weights == 0 ? null : Math.round(peersWeighted / weights);
        Long ownMs = own.msPerQuestion();
        return new AnalyticsOverview.TimeAgainstPeers(ownMs, peersMs,
                ownMs == null || peersMs == null || peersMs == 0 ? null : ownMs / (double) peersMs);
    }

    /** Everyone's time on the theme less the student's, per answer; null when nobody else answered there. */
    static Double peersMs(StudentReader.Tally own, StudentReader.Tally everyone) {
        if (everyone == null || everyone.answers() <= own.answers()) {
            return null;
        }
        return (everyone.timeSpentMs() - own.timeSpentMs()) / (double) (everyone.answers() - own.answers());
    }

    private List<AnalyticsOverview.WeakTheme> weakest(List<LearnerSnapshot.SkillMastery> mastery,
            Map<UUID, StudentReader.Tally> themes) {
        List<LearnerSnapshot.SkillMastery> weak = mastery.stream()
                .filter(skill -> !skill.concept() && skill.attempts() >= WEAK_MIN_ATTEMPTS && skill.known() < WEAK_BELOW)
                .sorted(Comparator.comparingDouble(LearnerSnapshot.SkillMastery::known)
                        .thenComparing(LearnerSnapshot.SkillMastery::skillId))
                .limit(WEAK_THEMES).toList();
        if (weak.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = new HashMap<>();
        syllabus.nodes().forEach(node -> names.put(node.id(), node.name()));
        return weak.stream().map(skill -> new AnalyticsOverview.WeakTheme(skill.skillId(), names.get(skill.skillId()),
                skill.known(), skill.attempts(), themes.getOrDefault(skill.skillId(), StudentReader.Tally.NONE)
                        .accuracy())).toList();
    }

    private static AnalyticsOverview.Window window(Map<LocalDate, StudentReader.Tally> days, LocalDate today, int n) {
        StudentReader.Tally sum = StudentReader.Tally.NONE;
        for (int i = 0; i < n; i++) {
            sum = sum.plus(days.getOrDefault(today.minusDays(i), StudentReader.Tally.NONE));
        }
        return new AnalyticsOverview.Window(n, sum.answers(), sum.correct(), sum.accuracy());
    }

    /** Consecutive days with answers ending today, or yesterday when today has none yet. */
    static int streak(List<LocalDate> newestFirst, LocalDate today) {
        if (newestFirst.isEmpty()) {
            return 0;
        }
        LocalDate expected = newestFirst.get(0).equals(today) ? today : today.minusDays(1);
        int streak = 0;
        for (LocalDate day : newestFirst) {
            if (!day.equals(expected)) {
                break;
            }
            streak++;
            expected = expected.minusDays(1);
        }
        return streak;
    }
}
