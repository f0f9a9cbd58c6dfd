package io.revisio.learning.evaluation;

import io.revisio.learning.mastery.BktParameters;
import io.revisio.learning.mastery.KnowledgeTracing;
import io.revisio.learning.mastery.Mastery;
import io.revisio.learning.mastery.MasteryUpdate;
import java.util.HashMap;
import java.util.Map;

/** Knowledge tracing per student and skill, with each skill's fitted parameters (the defaults for skills not fitted). */
public final class BktReplay implements CorrectnessModel {

    private final Map<String, KnowledgeTracing> skills = new HashMap<>();
    private final Map<String, Mastery> mastery = new HashMap<>();

    public BktReplay(Map<String, BktParameters> parameters) {
        parameters.forEach((skill, p) -> skills.put(skill, new KnowledgeTracing(p)));
    }

    @Override
    public String name() {
        return "bkt";
    }

    @Override
    public double predictThenLearn(Attempt attempt) {
        KnowledgeTracing tracing = skills.computeIfAbsent(attempt.skill(), skill -> new KnowledgeTracing(BktParameters.DEFAULT));
        String key = attempt.student() + '\u0000' + attempt.skill();
        MasteryUpdate update = tracing.answer(mastery.getOrDefault(key, tracing.initial()), attempt.correct());
        mastery.put(key, update.after());
        return update.predictedCorrect();
    }
}
