package io.revisio.practice.session;

import io.revisio.content.PublishedQuestions;
import io.revisio.practice.DifficultyBadges;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of a finished session: per question the student's answer, the right one, the explanation,
 * the time spent, how all students chose (from {@link OptionCounters}) and the question's difficulty badge
 * (from {@link DifficultyBadges}, when a module provides them).
 */
@Component
class PracticeSessionReview {

    private final PracticeSessionRepository sessions;
    private final PublishedQuestions published;
    private final OptionCounters counters;
    private final PracticeSessionResults results;
    private final ObjectProvider<DifficultyBadges> badges;

    PracticeSessionReview(PracticeSessionRepository sessions, PublishedQuestions published, OptionCounters counters,
            PracticeSessionResults results, ObjectProvider<DifficultyBadges> badges) {
        this.sessions = sessions;
        this.published = published;
        this.counters = counters;
        this.results = results;
        this.badges = badges;
    }

    enum Filter {
        ALL, INCORRECT, FLAGGED;

        static Filter named(String name) {
            return name == null ? ALL : valueOf(name.toUpperCase(Locale.ROOT));
        }

        boolean keeps(PracticeSessionItem item) {
            return switch (this) {
                case ALL -> true;
                case INCORRECT -> !item.correct();
                case FLAGGED -> item.flagged();
            };
        }
    }

    record Review(UUID sessionId, PracticeSessionState state, String filter, PracticeSessionResults.Result result,
            List<ReviewQuestion> questions) {
    }

    /**
     * @param yourOption    the shown place of the final answer, or null when unanswered
     * @param chosenByPeers the final answers of all finished sessions with this version, counted so far
     * @param difficulty    how hard students find the question, 1 to 5; null while too few have answered it
     */
    record ReviewQuestion(int position, UUID questionId, String stem, List<ReviewOption> options, Integer yourOption,
            int correctOption, boolean correct, String explanation, List<PublishedQuestions.Reference> references,
            long timeSpentMs, boolean flagged, long chosenByPeers, DifficultyBadges.Badge difficulty) {
    }

    /** @param share the part of all students' final answers that chose this option, 0 to 1; null before any */
    record ReviewOption(int option, String text, boolean correct, boolean yours, Double share) {
    }

    @Transactional(readOnly = true)
    Review of(UUID student, UUID id, Filter filter) {
        PracticeSessionRepository.Header header = sessions.header(id, student)
                .orElseThrow(() -> PracticeSessionProblems.notFound(id));
        if (!header.state().hasResult()) {
            throw PracticeSessionProblems.noResultYet(header.state());
        }
        List<PracticeSessionItem> items = sessions.items(id);
        List<UUID> versionIds = items.stream().map(PracticeSessionItem::versionId).toList();
        Map<UUID, PublishedQuestions.Version> versions = published.versions(versionIds);
        Map<UUID, Map<Integer, Long>> chosen = counters.of(versionIds);
        DifficultyBadges provider = badges.getIfAvailable();
        Map<UUID, DifficultyBadges.Badge> difficulty = provider == null ? Map.of()
                : provider.of(items.stream().map(PracticeSessionItem::questionId).toList());
        List<ReviewQuestion> questions = new ArrayList<>();
        for (PracticeSessionItem item : items) {
            if (!filter.keeps(item)) {
                continue;
            }
            PublishedQuestions.Version version = versions.get(item.versionId());
            Map<Integer, Long> counts = chosen.getOrDefault(item.versionId(), Map.of());
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            List<ReviewOption> options = new ArrayList<>();
            for (int shown = 0; shown < item.optionOrder().length; shown++) {
                int stored = item.optionOrder()[shown];
                options.add(new ReviewOption(shown, version.options().get(stored), stored == item.correctIndex(),
                        item.chosenIndex() != null && item.chosenIndex() == stored,
                        total == 0 ? null : counts.getOrDefault(stored, 0L) / (double) total));
            }
            questions.add(new ReviewQuestion(item.position(), item.questionId(), version.stem(), options,
                    item.answered() ? item.shownPlace(item.chosenIndex()) : null, item.shownPlace(item.correctIndex()),
                    item.correct(), version.explanation(), version.references(), item.timeSpentMs(), item.flagged(),
                    total, difficulty.get(item.questionId())));
        }
        return new Review(id, header.state(), filter.name().toLowerCase(Locale.ROOT), results.of(header, items),
                questions);
    }
}
