package io.revisio.learning.evaluation;

import io.revisio.learning.mastery.BktFit;
import java.util.List;

/**
 * The replay of an attempt log: its size, the students held out (their attempts are the ones scored, with
 * knowledge tracing fitted on the other students only), each skill's fit, and each model's score.
 */
public record EvaluationReport(int attempts, int students, int heldOutStudents, int scoredAttempts,
        List<SkillFit> skills, List<ModelScore> models) {

    public record SkillFit(String skill, BktFit fit) {
    }

    public ModelScore model(String name) {
        return models.stream().filter(m -> m.model().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no model " + name));
    }
}
