package io.revisio.analytics.item;

import io.revisio.content.PublishedQuestions;
import io.revisio.practice.FinishedPracticeSessions;
import io.revisio.practice.PracticeSessionFinished;
import io.revisio.practice.PracticeSessionFinished.QuestionOutcome;
import io.revisio.shared.rebuild.Rebuildable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes finished practice sessions into the item statistics: every final answer adds to its question's sums,
 * its version's counts and its option's count, and the question's discrimination and flags are worked out
 * again from the sums. The session is noted as handled in the same transaction, so a redelivered event changes
 * nothing; a rebuild replays practice's attempt log and gives the same rows.
 */
@Component
class ItemStatistics implements Rebuildable {

    /** Rest scores are kept in ten-thousandths, so that every sum is a whole number. */
    static final int SCORE_SCALE = 10_000;

    private final ItemLedger ledger;
    private final PublishedQuestions published;
    private final FinishedPracticeSessions log;

    ItemStatistics(ItemLedger ledger, PublishedQuestions published, FinishedPracticeSessions log) {
        this.ledger = ledger;
        this.published = published;
        this.log = log;
    }

    @Transactional
    void record(PracticeSessionFinished session) {
        take(session, this::facts);
    }

    @Override
    public String name() {
        return "item-statistics";
    }

    /** Forgets every statistic and takes in every finished session again, oldest first. */
    @Override
    @Transactional
    public String rebuild() {
        ledger.clear();
        Map<UUID, ItemLedger.VersionFacts> known = new HashMap<>();
        long[] sessions = {0};
        log.replay(session -> {
            take(session, ids -> {
                List<UUID> missing = ids.stream().filter(id -> !known.containsKey(id)).toList();
                if (!missing.isEmpty()) {
                    known.putAll(facts(missing));
                }
                Map<UUID, ItemLedger.VersionFacts> found = new HashMap<>();
                ids.forEach(id -> {
                    if (known.containsKey(id)) {
                        found.put(id, known.get(id));
                    }
                });
                return found;
            });
            sessions[0]++;
        });
        long[] size = ledger.size();
        return "item statistics of " + size[0] + " questions from " + size[1] + " answers in " + sessions[0]
                + " finished practice sessions";
    }

    private void take(PracticeSessionFinished session,
            Function<Collection<UUID>, Map<UUID, ItemLedger.VersionFacts>> versions) {
        if (!ledger.handle(session.sessionId(), session.finishedAt())) {
            return;
        }
        List<QuestionOutcome> answered = session.questions().stream()
                .filter(question -> question.chosenOption() != null)
                .sorted(Comparator.comparing(QuestionOutcome::questionId)) // one lock order for every session
                .toList();
        if (answered.isEmpty()) {
            return;
        }
        Map<UUID, ItemLedger.VersionFacts> facts = versions.apply(
                answered.stream().map(QuestionOutcome::versionId).distinct().toList());
        int others = session.questions().size() - 1;
        long right = session.questions().stream().filter(QuestionOutcome::correct).count();
        List<ItemLedger.Answer> answers = new ArrayList<>();
        for (QuestionOutcome question : answered) {
            Integer rest = others < 1 ? null : restScore(right - (question.correct() ? 1 : 0), others);
            answers.add(new ItemLedger.Answer(question.questionId(), question.versionId(), question.chosenOption(),
                    question.correctOption(), question.correct(), question.timeSpentMs(), rest,
                    facts.getOrDefault(question.versionId(), unknown(question))));
        }
        Map<UUID, PointBiserial> sums = ledger.add(session.sessionId(), session.finishedAt(), answers);
        // A session holds each question once, so no answer changes another question's sums or versions: judging
        // every question after all the session's answers are in gives what judging each after its own answer gave.
        List<UUID> questions = answered.stream().map(QuestionOutcome::questionId).toList();
        Map<UUID, ItemFlags.OptionCounts> latest = ledger.latestVersions(questions);
        List<ItemLedger.Judgement> judgements = new ArrayList<>();
        for (UUID question : questions) {
            PointBiserial its = sums.get(question);
            Double discrimination = its.correlation();
            judgements.add(new ItemLedger.Judgement(question, discrimination,
                    ItemFlags.judge(discrimination, its.pairs(), latest.get(question))));
        }
        ledger.judge(judgements);
    }

    /**
     * The share right on the other questions of the session (unanswered ones count as wrong), in
     * ten-thousandths, rounded half up with whole numbers only.
     */
    static int restScore(long right, int others) {
        return (int) ((2 * right * SCORE_SCALE + others) / (2L * others));
    }

    private Map<UUID, ItemLedger.VersionFacts> facts(Collection<UUID> versionIds) {
        Map<UUID, ItemLedger.VersionFacts> facts = new HashMap<>();
        published.versions(versionIds).forEach((id, version) -> facts.put(id, new ItemLedger.VersionFacts(
                version.number(), version.themeId(), version.conceptIds(), version.options().size())));
        return facts;
    }

    /** A version content no longer knows: filed where the session had it, with the options seen. */
    private static ItemLedger.VersionFacts unknown(QuestionOutcome question) {
        return new ItemLedger.VersionFacts(0, question.themeId(), List.of(),
                Math.max(question.chosenOption(), question.correctOption()) + 1);
    }
}
