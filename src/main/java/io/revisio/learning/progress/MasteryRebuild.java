package io.revisio.learning.progress;

import io.revisio.learning.mastery.BktParameters;
import io.revisio.shared.rebuild.Rebuildable;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@code rebuild mastery}: every student's mastery of every skill, traced again through the attempt log. */
@Component
class MasteryRebuild implements Rebuildable {

    private final AttemptLog attempts;
    private final LearnerStateStore state;

    MasteryRebuild(AttemptLog attempts, LearnerStateStore state) {
        this.attempts = attempts;
        this.state = state;
    }

    @Override
    public String name() {
        return "mastery";
    }

    @Override
    @Transactional
    public String rebuild() {
        attempts.lock();
        Map<Skill, BktParameters> parameters = state.allParameters();
        LearnerModels models = LearnerModels.empty(skill -> parameters.getOrDefault(skill, BktParameters.DEFAULT));
        attempts.forEach(models::apply);
        state.deleteMastery();
        state.saveMastery(models.changedMastery());
        return String.format("%,d mastery states from %,d attempts", models.changedMastery().size(), attempts.count());
    }
}
