package io.revisio.learning.progress;

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

/** Finished practice sessions made up for the learner-model tests: one answer every 30 s, option 0 right. */
final class FinishedSessions {

    private FinishedSessions() {
    }

    static PracticeSessionFinished of(PublishedQuestions published, UUID student, UUID theme, List<UUID> questions,
            boolean[] correct, Instant start) {
        List<QuestionOutcome> outcomes = new ArrayList<>();
        int right = 0;
        for (int i = 0; i < correct.length; i++) {
            PublishedQuestions.Head head = published.head(questions.get(i)).orElseThrow();
            Instant at = start.plusSeconds(30L * (i + 1));
            int chosen = correct[i] ? 0 : 1;
            outcomes.add(new QuestionOutcome(questions.get(i), head.versionId(), theme, chosen, 0, correct[i], 30_000,
                    List.of(new AnswerChange(UUID.randomUUID(), chosen, correct[i], at))));
            right += correct[i] ? 1 : 0;
        }
        return new PracticeSessionFinished(UUID.randomUUID(), student, "TUTOR", "SUBMITTED",
                start.plusSeconds(30L * (correct.length + 1)), right, correct.length, outcomes);
    }

    /** The account id in an access token's subject. */
    static UUID studentOf(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        int at = payload.indexOf("\"sub\":\"") + 7;
        return UUID.fromString(payload.substring(at, payload.indexOf('"', at)));
    }
}
