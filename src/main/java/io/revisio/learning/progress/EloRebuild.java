package io.revisio.learning.progress;

import io.revisio.learning.mastery.BktParameters;
import io.revisio.shared.rebuild.Rebuildable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@code rebuild elo}: every ability and difficulty, rated again through the attempt log. */
@Component
class EloRebuild implements Rebuildable {

    private final AttemptLog attempts;
    private final LearnerStateStore state;

    EloRebuild(AttemptLog attempts, LearnerStateStore state) {
        this.attempts = attempts;
        this.state = state;
    }

    @Override
    public String name() {
        return "elo";
    }

    @Override
    @Transactional
    public String rebuild() {
        attempts.lock();
        LearnerModels models = LearnerModels.empty(skill -> BktParameters.DEFAULT);
        attempts.forEach(models::apply);
        state.deleteElo();
        state.saveAbilities(models.changedAbilities());
        state.saveDifficulties(models.changedDifficulties());
        return String.format("%,d abilities and %,d difficulties from %,d attempts", models.changedAbilities().size(),
                models.changedDifficulties().size(), attempts.count());
    }
}
