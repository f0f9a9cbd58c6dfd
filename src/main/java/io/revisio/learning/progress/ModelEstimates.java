package io.revisio.learning.progress;

import io.revisio.learning.difficulty.Ability;
import io.revisio.learning.difficulty.Difficulty;
import io.revisio.learning.difficulty.EloRating;
import io.revisio.practice.LearnerEstimates;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives adaptive practice the weak areas of the mastery overview and the Elo prediction of a correct answer:
 * the student's ability on the question's theme against the question's difficulty, with the 1/k guessing
 * floor. A theme or question not rated yet starts at 0, like the ratings themselves.
 */
@Component
class ModelEstimates implements LearnerEstimates {

    private final MasteryOverview overview;
    private final LearnerStateStore state;
    private final EloRating elo = new EloRating();

    ModelEstimates(MasteryOverview overview, LearnerStateStore state) {
        this.overview = overview;
        this.state = state;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WeakTheme> weakThemes(UUID student) {
        return overview.of(student).weakAreas().stream()
                .map(area -> new WeakTheme(area.themeId(), area.mastery(), area.attempts())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Double> predictedSuccess(UUID student, Collection<Candidate> questions) {
        Map<UUID, Double> predicted = new HashMap<>();
        if (questions.isEmpty()) {
            return predicted;
        }
        Set<UUID> themes = questions.stream().map(Candidate::themeId).collect(Collectors.toSet());
        Map<UUID, Ability> abilities = new HashMap<>();
        state.abilities(student, themes).forEach((key, ability) -> abilities.put(key.theme(), ability));
        Map<UUID, Difficulty> difficulties = state.difficulties(
                questions.stream().map(Candidate::questionId).collect(Collectors.toSet()));
        for (Candidate question : questions) {
            predicted.put(question.questionId(), elo.predictCorrect(
                    abilities.getOrDefault(question.themeId(), Ability.INITIAL),
                    difficulties.getOrDefault(question.questionId(), Difficulty.INITIAL),
                    Math.max(2, question.options())));
        }
        return predicted;
    }
}
