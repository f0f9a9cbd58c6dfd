package io.revisio.practice.session;

import io.revisio.practice.LearnerEstimates;
import io.revisio.practice.RevisionDue;
import io.revisio.practice.pool.PoolFilter;
import io.revisio.practice.pool.QuestionPool;
import io.revisio.practice.pool.QuestionPool.PoolQuestion;
import io.revisio.practice.pool.SyllabusScope;
import io.revisio.practice.pool.SyllabusScope.Target;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gathers what {@link AdaptiveMix} chooses from: the due cards' questions (from revision), samples of the
 * weak themes and of the whole chosen syllabus (from the pool, as the builder samples it), the predicted
 * success of each (from the learner models), less every question the student answered in the last
 * {@link #RECENT} in any practice session.
 */
@Component
class AdaptivePicker {

    /** A question answered this recently is never offered again. */
    static final Duration RECENT = Duration.ofDays(2);
    /** Candidates sampled per slot to find those nearest the target; the sample is read, never the whole pool. */
    static final int CANDIDATES_PER_SLOT = 5;
    static final int MAX_CANDIDATES = 1000;

    private final QuestionPicker picker;
    private final QuestionPool pool;
    private final AdaptiveChoices choices;
    private final ObjectProvider<RevisionDue> revision;
    private final ObjectProvider<LearnerEstimates> estimates;
    private final Clock clock;

    AdaptivePicker(QuestionPicker picker, QuestionPool pool, AdaptiveChoices choices,
            ObjectProvider<RevisionDue> revision, ObjectProvider<LearnerEstimates> estimates, Clock clock) {
        this.picker = picker;
        this.pool = pool;
        this.choices = choices;
        this.revision = revision;
        this.estimates = estimates;
        this.clock = clock;
    }

    /**
     * @param questions the session's questions in session order, each with why it was chosen
     * @param available the questions the chosen syllabus offers that were not answered recently
     */
    record Picked(List<PoolQuestion> questions, Map<UUID, ChoiceReason> reasons, long available, int recent) {
    }

    Picked pick(UUID student, SyllabusScope scope, List<Target> targets, int count, long seed) {
        LearnerEstimates learner = estimates.getIfAvailable();
        if (learner == null) {
            throw PracticeSessionProblems.adaptiveUnavailable();
        }
        Set<UUID> themes = new LinkedHashSet<>();
        targets.forEach(target -> themes.addAll(target.themes()));
        Set<UUID> recent = choices.answeredSince(student, clock.instant().minus(RECENT));
        AdaptiveMix.Quotas quotas = AdaptiveMix.quotas(count);

        List<RevisionDue.DueQuestion> dueCards = due(student, recent);
        Map<UUID, PoolQuestion> servable = byId(pool.named(student,
                dueCards.stream().map(RevisionDue.DueQuestion::questionId).toList(), themes));
        List<PoolQuestion> due = dueCards.stream().map(card -> servable.get(card.questionId()))
                .filter(question -> question != null).toList();

        Map<UUID, LearnerEstimates.WeakTheme> weak = new LinkedHashMap<>();
        learner.weakThemes(student).stream().filter(theme -> themes.contains(theme.themeId()))
                .forEach(theme -> weak.put(theme.themeId(), theme));
        int weakSlots = quotas.weak() + quotas.due() - Math.min(quotas.due(), due.size());
        List<PoolQuestion> weakOffered = sample(student, weakTargets(scope, targets, weak.keySet()), weakSlots,
                seed, recent).questions();
        QuestionPicker.Picked nearSample = sample(student, targets, count, seed, recent);

        Map<UUID, PoolQuestion> offered = new LinkedHashMap<>();
        for (List<PoolQuestion> list : List.of(due, weakOffered, nearSample.questions())) {
            list.forEach(question -> offered.putIfAbsent(question.questionId(), question));
        }
        Map<UUID, Double> predicted = learner.predictedSuccess(student, offered.values().stream()
                .map(q -> new LearnerEstimates.Candidate(q.questionId(), q.themeId(), q.optionCount())).toList());
        List<AdaptiveMix.Chosen> chosen = AdaptiveMix.mix(count, due.stream().map(PoolQuestion::questionId).toList(),
                rated(weakOffered, predicted), rated(nearSample.questions(), predicted), seed);

        Map<UUID, RevisionDue.DueQuestion> cards = dueCards.stream()
                .collect(Collectors.toMap(RevisionDue.DueQuestion::questionId, Function.identity()));
        Map<UUID, ChoiceReason> reasons = new LinkedHashMap<>();
        for (AdaptiveMix.Chosen pick : chosen) {
            PoolQuestion question = offered.get(pick.questionId());
            double success = predicted.get(pick.questionId());
            reasons.put(pick.questionId(), switch (pick.kind()) {
                case DUE_REVIEW -> ChoiceReason.of(pick.kind(), cards.get(pick.questionId()).due(),
                        cards.get(pick.questionId()).retrievability(), null, null, success);
                case WEAK_AREA -> ChoiceReason.of(pick.kind(), null, null, weak.get(question.themeId()).mastery(),
                        weak.get(question.themeId()).attempts(), success);
                case NEAR_ABILITY -> ChoiceReason.of(pick.kind(), null, null, null, null, success);
            });
        }
        int recentInScope = recent.isEmpty() ? 0 : pool.named(student, recent, themes).size();
        return new Picked(chosen.stream().map(pick -> offered.get(pick.questionId())).toList(), reasons,
                Math.max(0, nearSample.available() - recentInScope), recentInScope);
    }

    /** Today's due cards not answered recently, most at risk first (ties by due time, then question). */
    private List<RevisionDue.DueQuestion> due(UUID student, Set<UUID> recent) {
        RevisionDue provider = revision.getIfAvailable();
        if (provider == null) {
            return List.of();
        }
        return provider.mostAtRisk(student, MAX_CANDIDATES).stream()
                .filter(card -> !recent.contains(card.questionId()))
                .sorted(Comparator.comparingDouble(RevisionDue.DueQuestion::retrievability)
                        .thenComparing(RevisionDue.DueQuestion::due)
                        .thenComparing(card -> card.questionId().toString()))
                .toList();
    }

    /** The chosen syllabus narrowed to the weak themes: each weak theme alone, or a picked concept of one. */
    private static List<Target> weakTargets(SyllabusScope scope, List<Target> targets, Set<UUID> weak) {
        List<Target> narrowed = new ArrayList<>();
        for (Target target : targets) {
            if (target.concept() != null) {
                if (weak.containsAll(target.themes())) {
                    narrowed.add(target);
                }
                continue;
            }
            target.themes().stream().filter(weak::contains)
                    .forEach(theme -> scope.node(theme).ifPresent(node -> narrowed.add(
                            new Target(node, Set.of(theme), null))));
        }
        return narrowed;
    }

    /**
     * A sample of the targets' questions, least seen first as the builder picks them, sized for the slots
     * plus the recent answers it may meet, less those recent answers.
     */
    private QuestionPicker.Picked sample(UUID student, List<Target> targets, int slots, long seed, Set<UUID> recent) {
        if (targets.isEmpty() || slots < 1) {
            return new QuestionPicker.Picked(List.of(), 0);
        }
        int size = (int) Math.min(MAX_CANDIDATES, (long) slots * CANDIDATES_PER_SLOT + recent.size());
        QuestionPicker.Picked picked = picker.pick(student, PoolFilter.parse(null, null), targets, size, seed);
        return new QuestionPicker.Picked(picked.questions().stream()
                .filter(question -> !recent.contains(question.questionId())).toList(), picked.available());
    }

    private static List<AdaptiveMix.Offered> rated(List<PoolQuestion> questions, Map<UUID, Double> predicted) {
        return questions.stream().map(question -> new AdaptiveMix.Offered(question.questionId(),
                predicted.get(question.questionId()), question.shuffleKey())).toList();
    }

    private static Map<UUID, PoolQuestion> byId(List<PoolQuestion> questions) {
        return questions.stream().collect(Collectors.toMap(PoolQuestion::questionId, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }
}
