package io.revisio.learning.evaluation;

import io.revisio.learning.difficulty.Ability;
import io.revisio.learning.difficulty.Difficulty;
import io.revisio.learning.difficulty.EloRating;
import io.revisio.learning.difficulty.EloUpdate;
import java.util.HashMap;
import java.util.Map;

/** Elo ratings: one ability per student and skill, one difficulty per question. */
public final class EloReplay implements CorrectnessModel {

    private final EloRating elo;
    private final Map<String, Ability> abilities = new HashMap<>();
    private final Map<String, Difficulty> difficulties = new HashMap<>();

    public EloReplay(EloRating elo) {
        this.elo = elo;
    }

    @Override
    public String name() {
        return "elo";
    }

    @Override
    public double predictThenLearn(Attempt attempt) {
        String key = attempt.student() + '\u0000' + attempt.skill();
        EloUpdate update = elo.answer(abilities.getOrDefault(key, Ability.INITIAL),
                difficulties.getOrDefault(attempt.item(), Difficulty.INITIAL), attempt.options(), attempt.correct());
        abilities.put(key, update.ability());
        difficulties.put(attempt.item(), update.difficulty());
        return update.predictedCorrect();
    }
}
