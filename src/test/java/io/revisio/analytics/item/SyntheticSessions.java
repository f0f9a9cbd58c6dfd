package io.revisio.analytics.item;

import io.revisio.practice.PracticeSessionFinished;
import io.revisio.practice.PracticeSessionFinished.AnswerChange;
import io.revisio.practice.PracticeSessionFinished.QuestionOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Finished practice sessions built by hand, for feeding the item statistics answers with known shapes. */
final class SyntheticSessions {

    /** A question as a session pins it: its version, theme and key. */
    record Item(UUID questionId, UUID versionId, UUID themeId, int key) {

        static Item unknown() {
            return new Item(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 0);
        }
    }

    /** An answer to give: the option chosen (null leaves it unanswered) and the time spent. */
    record Given(Item item, Integer option, long timeSpentMs) {

        static Given right(Item item, long ms) {
            return new Given(item, item.key(), ms);
        }

        /** The option after the key: a distractor. */
        static Given wrong(Item item, long ms) {
            return new Given(item, item.key() + 1, ms);
        }
    }

    private SyntheticSessions() {
    }

    static PracticeSessionFinished session(Instant finishedAt, Given... answers) {
        List<QuestionOutcome> questions = new ArrayList<>();
        int correct = 0;
        for (Given given : answers) {
            boolean right = given.option() != null && given.option() == given.item().key();
            correct += right ? 1 : 0;
            questions.add(new QuestionOutcome(given.item().questionId(), given.item().versionId(),
                    given.item().themeId(), given.option(), given.item().key(), right, given.timeSpentMs(),
                    given.option() == null ? List.of()
                            : List.of(new AnswerChange(UUID.randomUUID(), given.option(), right, finishedAt))));
        }
        return new PracticeSessionFinished(UUID.randomUUID(), UUID.randomUUID(), "TUTOR", "SUBMITTED", finishedAt,
                correct, questions.size(), questions);
    }
}
