package io.revisio.learning.progress;

import io.revisio.learning.difficulty.Ability;
import io.revisio.learning.difficulty.Difficulty;
import io.revisio.learning.difficulty.EloRating;
import io.revisio.learning.difficulty.EloUpdate;
import io.revisio.learning.mastery.BktParameters;
import io.revisio.learning.mastery.KnowledgeTracing;
import io.revisio.learning.mastery.Mastery;
import io.revisio.learning.mastery.MasteryUpdate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Knowledge tracing and Elo state in memory, moved by attempts in log order. The live update loads the
 * rows a practice session touches, applies its attempts and writes back what changed; a rebuild starts
 * empty and applies the whole log. Both go through {@link #apply}, so they cannot disagree.
 */
final class LearnerModels {

    record StudentSkill(UUID student, Skill skill) {
    }

    record StudentTheme(UUID student, UUID theme) {
    }

    /** A prediction made before the model learnt from the attempt. */
    record LoggedPrediction(long seq, String model, Skill skill, double predicted, boolean correct) {
    }

    private final Function<Skill, BktParameters> parameters;
    private final EloRating elo = new EloRating();
    private final Map<StudentSkill, Mastery> mastery;
    private final Map<StudentTheme, Ability> abilities;
    private final Map<UUID, Difficulty> difficulties;
    private final Map<StudentSkill, Mastery> changedMastery = new LinkedHashMap<>();
    private final Map<StudentTheme, Ability> changedAbilities = new LinkedHashMap<>();
    private final Map<UUID, Difficulty> changedDifficulties = new LinkedHashMap<>();
    private final List<LoggedPrediction> predictions = new ArrayList<>();
    private final Map<Skill, KnowledgeTracing> tracing = new HashMap<>();
    private final boolean keepPredictions;

    LearnerModels(Function<Skill, BktParameters> parameters, Map<StudentSkill, Mastery> mastery,
            Map<StudentTheme, Ability> abilities, Map<UUID, Difficulty> difficulties) {
        this(parameters, mastery, abilities, difficulties, true);
    }

    private LearnerModels(Function<Skill, BktParameters> parameters, Map<StudentSkill, Mastery> mastery,
            Map<StudentTheme, Ability> abilities, Map<UUID, Difficulty> difficulties, boolean keepPredictions) {
        this.keepPredictions = keepPredictions;
        this.parameters = parameters;
        this.mastery = new HashMap<>(mastery);
        this.abilities = new HashMap<>(abilities);
        this.difficulties = new HashMap<>(difficulties);
    }

    /** For a rebuild: no state yet, and the predictions (logged when the attempts were live) are not kept. */
    static LearnerModels empty(Function<Skill, BktParameters> parameters) {
        return new LearnerModels(parameters, Map.of(), Map.of(), Map.of(), false);
    }

    void apply(LoggedAttempt attempt) {
        for (Skill skill : attempt.skills()) {
            KnowledgeTracing model = tracing.computeIfAbsent(skill, s -> new KnowledgeTracing(parameters.apply(s)));
            StudentSkill key = new StudentSkill(attempt.student(), skill);
            MasteryUpdate update = model.answer(mastery.getOrDefault(key, model.initial()), attempt.correct());
            predict(new LoggedPrediction(attempt.seq(), "BKT", skill, update.predictedCorrect(), attempt.correct()));
            mastery.put(key, update.after());
            changedMastery.put(key, update.after());
        }
        StudentTheme theme = new StudentTheme(attempt.student(), attempt.theme());
        EloUpdate update = elo.answer(abilities.getOrDefault(theme, Ability.INITIAL),
                difficulties.getOrDefault(attempt.question(), Difficulty.INITIAL), attempt.options(),
                attempt.correct());
        predict(new LoggedPrediction(attempt.seq(), "ELO", Skill.theme(attempt.theme()),
                update.predictedCorrect(), attempt.correct()));
        abilities.put(theme, update.ability());
        difficulties.put(attempt.question(), update.difficulty());
        changedAbilities.put(theme, update.ability());
        changedDifficulties.put(attempt.question(), update.difficulty());
    }

    private void predict(LoggedPrediction prediction) {
        if (keepPredictions) {
            predictions.add(prediction);
        }
    }

    Map<StudentSkill, Mastery> changedMastery() {
        return changedMastery;
    }

    Map<StudentTheme, Ability> changedAbilities() {
        return changedAbilities;
    }

    Map<UUID, Difficulty> changedDifficulties() {
        return changedDifficulties;
    }

    List<LoggedPrediction> predictions() {
        return predictions;
    }
}
