package io.revisio.practice;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the learner models estimate about a student, for adaptive practice: their weak themes, and their
 * chance of answering given questions right. Practice declares what it needs and the module that keeps the
 * models (learning) provides it, so practice never depends on that module. Without a provider adaptive
 * practice is refused.
 */
public interface LearnerEstimates {

    /** The student's weak themes, weakest first, by the rule of the mastery overview. */
    List<WeakTheme> weakThemes(UUID student);

    /**
     * The predicted chance of a correct answer for each question; questions or themes not rated yet get the
     * model's starting values, so every question asked is in the answer.
     */
    Map<UUID, Double> predictedSuccess(UUID student, Collection<Candidate> questions);

    /** @param mastery the probability the theme is known; attempts the answers it rests on */
    record WeakTheme(UUID themeId, double mastery, int attempts) {
    }

    /** A question as the prediction needs it: its theme (the ability is per theme) and its number of options. */
    record Candidate(UUID questionId, UUID themeId, int options) {
    }
}
