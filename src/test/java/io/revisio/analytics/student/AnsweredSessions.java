package io.revisio.analytics.student;

import io.revisio.content.PublishedQuestions;
import io.revisio.practice.PracticeSessionFinished;
import io.revisio.practice.PracticeSessionFinished.AnswerChange;
import io.revisio.practice.PracticeSessionFinished.QuestionOutcome;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Finished practice sessions made up for the student analytics tests: option 0 is right, answers 1 s apart. */
final class AnsweredSessions {

    private AnsweredSessions() {
    }

    /** A session on published questions (their current versions), every answer taking {@code ms}. */
    static PracticeSessionFinished of(PublishedQuestions published, UUID student, UUID theme, List<UUID> questions,
            boolean[] correct, long ms, Instant start) {
        List<UUID> versions = new ArrayList<>();
        for (int i = 0; i < correct.length; i++) {
            versions.add(published.head(questions.get(i)).orElseThrow().versionId());
        }
        return of(student, theme, questions, versions, correct, ms, start);
    }

    /** A session on questions content need not know (a cohort's answers, where only the counts matter). */
    static PracticeSessionFinished made(UUID student, UUID theme, int answers, int right, long ms, Instant start) {
        List<UUID> questions = new ArrayList<>();
        boolean[] correct = new boolean[answers];
        for (int i = 0; i < answers; i++) {
            questions.add(UUID.randomUUID());
            correct[i] = i < right;
        }
        return of(student, theme, questions, questions, correct, ms, start);
    }

    private static PracticeSessionFinished of(UUID student, UUID theme, List<UUID> questions, List<UUID> versions,
            boolean[] correct, long ms, Instant start) {
        List<QuestionOutcome> outcomes = new ArrayList<>();
        int right = 0;
        for (int i = 0; i < correct.length; i++) {
            Instant at = start.plusSeconds(i + 1L);
            int chosen = correct[i] ? 0 : 1;
            outcomes.add(new QuestionOutcome(questions.get(i), versions.get(i), theme, chosen, 0, correct[i], ms,
                    List.of(new AnswerChange(UUID.randomUUID(), chosen, correct[i], at))));
            right += correct[i] ? 1 : 0;
        }
        return new PracticeSessionFinished(UUID.randomUUID(), student, "TUTOR", "SUBMITTED",
                start.plusSeconds(correct.length + 1L), right, correct.length, outcomes);
    }

    /** The account id in an access token's subject. */
    static UUID studentOf(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        int at = payload.indexOf("\"sub\":\"") + 7;
        return UUID.fromString(payload.substring(at, payload.indexOf('"', at)));
    }
}
