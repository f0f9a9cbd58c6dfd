package io.revisio.learning.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Goes through attempts in time order (ties kept in input order), asking the model for its prediction
 * before each answer and letting it learn after; keeps the predictions of the attempts to be scored.
 */
public final class Replay {

    private Replay() {
    }

    public static List<Attempt> inTimeOrder(List<Attempt> attempts) {
        return attempts.stream().sorted(Comparator.comparing(Attempt::at)).toList();
    }

    public static List<Prediction> run(List<Attempt> inTimeOrder, CorrectnessModel model, Predicate<Attempt> scored) {
        List<Prediction> predictions = new ArrayList<>();
        for (Attempt attempt : inTimeOrder) {
            double p = model.predictThenLearn(attempt);
            if (scored.test(attempt)) {
                predictions.add(new Prediction(p, attempt.correct()));
            }
        }
        return predictions;
    }
}
