package io.revisio.learning.evaluation;

import io.revisio.learning.difficulty.EloRating;
import io.revisio.learning.mastery.BktFit;
import io.revisio.learning.mastery.BktFitter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Measures the correctness predictions of knowledge tracing, Elo and the running-share baseline on an
 * attempt log. Students are held out by name: sorted, every fifth (the 5th, 10th, ...) is held out.
 * Knowledge tracing is fitted per skill on the other students; then all attempts are replayed in time
 * order through each model (so Elo's question difficulties and the baseline also learn from everyone as
 * time goes on, as they would in production), and only the held-out students' attempts are scored.
 */
public final class LearningEvaluation {

    private LearningEvaluation() {
    }

    public static final int MIN_STUDENTS = 5;

    /** Refuses logs of fewer than {@link #MIN_STUDENTS} students, which would leave nobody to score. */
    public static EvaluationReport evaluate(List<Attempt> attempts) {
        List<Attempt> ordered = Replay.inTimeOrder(attempts);
        Set<String> students = new TreeSet<>();
        ordered.forEach(a -> students.add(a.student()));
        if (students.size() < MIN_STUDENTS) {
            throw new IllegalArgumentException("the attempts of at least " + MIN_STUDENTS
                    + " students are needed (every fifth student is held out and scored); found " + students.size());
        }
        Set<String> heldOut = new HashSet<>();
        int index = 0;
        for (String student : students) {
            if (++index % 5 == 0) {
                heldOut.add(student);
            }
        }
        Map<String, BktFit> fits = SkillFits.fit(ordered, a -> !heldOut.contains(a.student()), new BktFitter());
        List<ModelScore> scores = new ArrayList<>();
        for (CorrectnessModel model : List.of(new BktReplay(SkillFits.parameters(fits)), new EloReplay(new EloRating()),
                new RunningShare())) {
            scores.add(ModelScore.of(model.name(), Replay.run(ordered, model, a -> heldOut.contains(a.student()))));
        }
        List<EvaluationReport.SkillFit> skills = new ArrayList<>();
        fits.forEach((skill, fit) -> skills.add(new EvaluationReport.SkillFit(skill, fit)));
        return new EvaluationReport(ordered.size(), students.size(), heldOut.size(), scores.get(0).predictions(),
                skills, scores);
    }
}
