package io.revisio.analytics.student;

import io.revisio.content.PublishedQuestions;
import io.revisio.practice.FinishedPracticeSessions;
import io.revisio.practice.PracticeSessionFinished;
import io.revisio.practice.PracticeSessionFinished.QuestionOutcome;
import io.revisio.shared.rebuild.Rebuildable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes finished practice sessions into the student rollups: every final answer adds to its student's sums
 * for the UTC day it was given and its theme, to the sums of each concept its version was filed under, and
 * to everyone's time on the theme. The session is noted as handled in the same transaction, so a redelivered
 * event changes nothing; a rebuild replays practice's attempt log and gives the same rows.
 */
@Component
class StudentRollups implements Rebuildable {

    private final StudentLedger ledger;
    private final PublishedQuestions published;
    private final FinishedPracticeSessions log;

    StudentRollups(StudentLedger ledger, PublishedQuestions published, FinishedPracticeSessions log) {
        this.ledger = ledger;
        this.published = published;
        this.log = log;
    }

    /** Takes the session in; false when it was already taken in. */
    @Transactional
    boolean record(PracticeSessionFinished session) {
        return take(session, this::concepts);
    }

    @Override
    public String name() {
        return "student-analytics";
    }

    /** Forgets every rollup and takes in every finished session again, oldest first. */
    @Override
    @Transactional
    public String rebuild() {
        ledger.clear();
        Map<UUID, List<UUID>> known = new HashMap<>();
        long[] sessions = {0};
        log.replay(session -> {
            take(session, ids -> {
                List<UUID> missing = ids.stream().filter(id -> !known.containsKey(id)).toList();
                if (!missing.isEmpty()) {
                    Map<UUID, List<UUID>> found = concepts(missing);
                    missing.forEach(id -> known.put(id, found.getOrDefault(id, List.of())));
                }
                Map<UUID, List<UUID>> found = new HashMap<>();
                ids.forEach(id -> found.put(id, known.get(id)));
                return found;
            });
            sessions[0]++;
        });
        long[] size = ledger.size();
        return "student analytics of " + size[0] + " students from " + size[1] + " answers in " + sessions[0]
                + " finished practice sessions";
    }

    private boolean take(PracticeSessionFinished session, Function<Collection<UUID>, Map<UUID, List<UUID>>> concepts) {
        if (!ledger.handle(session.sessionId(), session.studentId(), session.finishedAt())) {
            return false;
        }
        List<QuestionOutcome> answered = session.questions().stream()
                .filter(question -> question.chosenOption() != null && question.themeId() != null)
                .toList();
        if (answered.isEmpty()) {
            return true;
        }
        Map<UUID, List<UUID>> conceptsOf = concepts.apply(answered.stream().map(QuestionOutcome::versionId)
                .distinct().toList());
        Map<StudentLedger.ThemeDay, StudentLedger.Sums> days = new HashMap<>();
        Map<StudentLedger.Concept, StudentLedger.Sums> byConcept = new HashMap<>();
        Map<UUID, StudentLedger.Sums> themes = new HashMap<>();
        for (QuestionOutcome question : answered) {
            LocalDate day = LocalDate.ofInstant(answeredAt(question, session), ZoneOffset.UTC);
            days.merge(new StudentLedger.ThemeDay(question.themeId(), day), one(question), StudentRollups::sum);
            themes.merge(question.themeId(), one(question), StudentRollups::sum);
            for (UUID concept : conceptsOf.getOrDefault(question.versionId(), List.of())) {
                byConcept.merge(new StudentLedger.Concept(concept, question.themeId()), one(question),
                        StudentRollups::sum);
            }
        }
        ledger.addThemeDays(session.studentId(), days);
        ledger.addConcepts(session.studentId(), byConcept);
        ledger.addThemeTimes(themes);
        return true;
    }

    private static StudentLedger.Sums one(QuestionOutcome question) {
        return StudentLedger.Sums.NONE.plus(question.correct(), Math.max(0, question.timeSpentMs()));
    }

    private static StudentLedger.Sums sum(StudentLedger.Sums a, StudentLedger.Sums b) {
        return new StudentLedger.Sums(a.answers() + b.answers(), a.correct() + b.correct(),
                a.timeSpentMs() + b.timeSpentMs());
    }

    /** When the student gave the final answer; the session's end if no time was kept. */
    static Instant answeredAt(QuestionOutcome question, PracticeSessionFinished session) {
        return question.history().isEmpty() ? session.finishedAt()
                : question.history().get(question.history().size() - 1).answeredAt();
    }

    private Map<UUID, List<UUID>> concepts(Collection<UUID> versionIds) {
        Map<UUID, List<UUID>> concepts = new HashMap<>();
        published.versions(versionIds).forEach((id, version) -> concepts.put(id, version.conceptIds()));
        return concepts;
    }
}
