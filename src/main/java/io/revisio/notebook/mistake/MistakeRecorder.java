package io.revisio.notebook.mistake;

import io.revisio.content.PublishedQuestions;
import io.revisio.content.SyllabusOutline;
import io.revisio.notebook.mistake.MistakeClassification.Classification;
import io.revisio.notebook.mistake.MistakeClassification.Facts;
import io.revisio.practice.PracticeSessionFinished;
import io.revisio.practice.PracticeSessionFinished.QuestionOutcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes finished practice sessions into the notebook: every wrong or unanswered question becomes a mistake,
 * classified against the student's earlier answers; a right answer resolves the open mistakes on that
 * question. The session is noted as handled in the same transaction, so a redelivered event changes nothing.
 * Each step is one statement for the whole session, whatever its size.
 * {@link FinishedSessions} hands it the events.
 */
@Component
class MistakeRecorder {

    private final MistakeRepository mistakes;
    private final PublishedQuestions published;
    private final SyllabusOutline syllabus;

    MistakeRecorder(MistakeRepository mistakes, PublishedQuestions published, SyllabusOutline syllabus) {
        this.mistakes = mistakes;
        this.published = published;
        this.syllabus = syllabus;
    }

    @Transactional
    void record(PracticeSessionFinished event) {
        if (!mistakes.handle(event.sessionId(), event.studentId(), event.finishedAt())) {
            return;
        }
        List<Long> previous = mistakes.previousTimes(event.studentId(), event.sessionId(), event.finishedAt());
        List<QuestionOutcome> answered = event.questions().stream()
                .filter(question -> question.chosenOption() != null).toList();
        if (!answered.isEmpty()) {
            mistakes.answerTimes(event, answered);
        }
        List<QuestionOutcome> wrong = event.questions().stream().filter(question -> !question.correct()).toList();
        Map<UUID, PublishedQuestions.Version> versions = wrong.isEmpty() ? Map.of()
                : published.versions(wrong.stream().map(QuestionOutcome::versionId).toList());
        Map<UUID, UUID> parents = wrong.isEmpty() ? Map.of() : parents();
        boolean expired = "EXPIRED".equals(event.outcome());
        List<MistakeRepository.NewMistake> made = new ArrayList<>();
        for (QuestionOutcome question : wrong) {
            PublishedQuestions.Version version = versions.get(question.versionId());
            Classification classification = MistakeClassification.classify(new Facts(
                    question.chosenOption() != null, expired, question.changedRightToWrong(), question.changes(),
                    question.timeSpentMs(), version == null ? null : version.difficulty(), previous));
            made.add(new MistakeRepository.NewMistake(question, parents.get(question.themeId()), classification));
        }
        if (!made.isEmpty()) {
            mistakes.insert(event, made);
        }
        List<UUID> right = event.questions().stream().filter(QuestionOutcome::correct)
                .map(QuestionOutcome::questionId).toList();
        if (!right.isEmpty()) {
            mistakes.resolve(event.studentId(), right, event.sessionId(), event.finishedAt());
        }
    }

    private Map<UUID, UUID> parents() {
        Map<UUID, UUID> parents = new HashMap<>();
        syllabus.nodes().forEach(node -> {
            if (node.parentId() != null) {
                parents.put(node.id(), node.parentId());
            }
        });
        return parents;
    }
}
