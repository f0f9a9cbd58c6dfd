package io.revisio.learning.evaluation;

import io.revisio.learning.mastery.BktFit;
import io.revisio.learning.mastery.BktFitter;
import io.revisio.learning.mastery.BktParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Fits knowledge tracing per skill on the attempts of some students, each student's answers in time order. */
public final class SkillFits {

    private SkillFits() {
    }

    /** Skill to fit, skills in name order. */
    public static Map<String, BktFit> fit(List<Attempt> inTimeOrder, Predicate<Attempt> used, BktFitter fitter) {
        Map<String, Map<String, List<Boolean>>> sequences = new TreeMap<>();
        for (Attempt attempt : inTimeOrder) {
            if (used.test(attempt)) {
                sequences.computeIfAbsent(attempt.skill(), skill -> new LinkedHashMap<>())
                        .computeIfAbsent(attempt.student(), student -> new ArrayList<>()).add(attempt.correct());
            }
        }
        Map<String, BktFit> fits = new LinkedHashMap<>();
        sequences.forEach((skill, byStudent) -> fits.put(skill, fitter.fit(List.copyOf(byStudent.values()))));
        return fits;
    }

    public static Map<String, BktParameters> parameters(Map<String, BktFit> fits) {
        Map<String, BktParameters> parameters = new LinkedHashMap<>();
        fits.forEach((skill, fit) -> parameters.put(skill, fit.parameters()));
        return parameters;
    }
}
