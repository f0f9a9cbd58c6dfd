package io.revisio.learning.progress;

import io.revisio.content.PublishedQuestions;
import io.revisio.learning.mastery.BktParameters;
import io.revisio.practice.PracticeSessionFinished;
import io.revisio.practice.PracticeSessionFinished.QuestionOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends a finished practice session's answers to the attempt log and moves knowledge tracing and Elo by
 * them, logging each prediction before the update, in one transaction: all of it or nothing. A session
 * already in the log (a redelivered event) changes nothing. A fixed number of statements per session,
 * whatever its length: one lock, one read of the log's end, one look-up of the answered versions, four reads of
 * state and five batched writes.
 */
@Component
class LearnerUpdates {

    private static final Logger log = LoggerFactory.getLogger(LearnerUpdates.class);

    private final AttemptLog attempts;
    private final LearnerStateStore state;
    private final PublishedQuestions questions;

    LearnerUpdates(AttemptLog attempts, LearnerStateStore state, PublishedQuestions questions) {
        this.attempts = attempts;
        this.state = state;
        this.questions = questions;
    }

    /** @return the attempts appended: 0 for a session already handled or with nothing answered */
    @Transactional
    int record(PracticeSessionFinished session) {
        List<QuestionOutcome> answered = session.questions().stream()
                .filter(question -> question.chosenOption() != null).toList();
        if (answered.isEmpty()) {
            return 0;
        }
        long began = System.nanoTime();
        attempts.lock();
        OptionalLong lastSeq = attempts.lastSeqUnless(session.sessionId());
        if (lastSeq.isEmpty()) {
            return 0;
        }
        List<LoggedAttempt> logged = toAttempts(session, answered, lastSeq.getAsLong());
        attempts.append(logged);

        Set<Skill> skills = new LinkedHashSet<>();
        Set<UUID> themes = new LinkedHashSet<>();
        Set<UUID> questionIds = new LinkedHashSet<>();
        logged.forEach(a -> {
            skills.addAll(a.skills());
            themes.add(a.theme());
            questionIds.add(a.question());
        });
        Map<Skill, BktParameters> parameters = state.parameters(skills);
        LearnerModels models = new LearnerModels(skill -> parameters.getOrDefault(skill, BktParameters.DEFAULT),
                state.mastery(session.studentId(), skills), state.abilities(session.studentId(), themes),
                state.difficulties(questionIds));
        logged.forEach(models::apply);
        attempts.appendPredictions(models.predictions());
        state.saveMastery(models.changedMastery());
        state.saveAbilities(models.changedAbilities());
        state.saveDifficulties(models.changedDifficulties());
        if (log.isDebugEnabled()) {
            log.debug("Learner models took {} ms for the {} attempts of practice session {} (before the commit)",
                    (System.nanoTime() - began) / 1_000_000, logged.size(), session.sessionId());
        }
        return logged.size();
    }

    /** In answer-time order (ties in the session's order), numbered after the log's last attempt. */
    private List<LoggedAttempt> toAttempts(PracticeSessionFinished session, List<QuestionOutcome> answered,
            long lastSeq) {
        Map<UUID, PublishedQuestions.Version> versions = questions.versions(
                answered.stream().map(QuestionOutcome::versionId).toList());
        List<QuestionOutcome> ordered = answered.stream()
                .sorted(Comparator.comparing(question -> answeredAt(question, session))).toList();
        List<LoggedAttempt> logged = new ArrayList<>(ordered.size());
        long seq = lastSeq;
        for (QuestionOutcome question : ordered) {
            PublishedQuestions.Version version = versions.get(question.versionId());
            List<UUID> concepts = version == null ? List.of() : version.conceptIds();
            int options = version == null ? fallbackOptions(question) : version.options().size();
            if (version == null) {
                log.warn("Question version {} of practice session {} is unknown; its attempt has no concepts",
                        question.versionId(), session.sessionId());
            }
            logged.add(new LoggedAttempt(++seq, session.sessionId(), question.questionId(), question.versionId(),
                    session.studentId(), question.themeId(), concepts, Math.max(2, options), question.correct(),
                    answeredAt(question, session)));
        }
        return logged;
    }

    /** Versions are never deleted, so this is a guard only: at least as many options as the indexes seen. */
    private static int fallbackOptions(QuestionOutcome question) {
        return Math.max(question.correctOption(), question.chosenOption()) + 1;
    }

    /** When the student gave the final answer; the session's end if no time was kept. */
    static Instant answeredAt(QuestionOutcome question, PracticeSessionFinished session) {
        return question.history().isEmpty() ? session.finishedAt()
                : question.history().get(question.history().size() - 1).answeredAt();
    }
}
