package io.revisio.learning.progress;

import io.revisio.learning.mastery.BktFit;
import io.revisio.learning.mastery.BktFitter;
import io.revisio.learning.mastery.KnowledgeTracing;
import io.revisio.learning.mastery.Mastery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fits each skill's knowledge tracing parameters on every student's attempts at it (in log order) with
 * {@link BktFitter}, once the skill has enough new attempts since its last fit; a skill with too little data
 * gets the defaults (stored as such). After storing, the skill's mastery is traced again for every student
 * with the new parameters, so the stored state is always what a rebuild from the log gives, and later
 * answers continue from it. One skill per transaction, under the log's lock.
 */
@Component
class MasteryFits {

    private static final Logger log = LoggerFactory.getLogger(MasteryFits.class);

    private final AttemptLog attempts;
    private final LearnerStateStore state;
    private final MasteryFitProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final BktFitter fitter = new BktFitter();

    MasteryFits(AttemptLog attempts, LearnerStateStore state, MasteryFitProperties properties,
            PlatformTransactionManager transactions, Clock clock) {
        this.attempts = attempts;
        this.state = state;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** One run of the job; a skill that fails is logged and fitted again at the next run. */
    int fitDue() {
        Map<Skill, Integer> fitted = state.fittedAttempts();
        int stored = 0;
        for (AttemptLog.SkillCount count : attempts.skillCounts()) {
            Integer before = fitted.get(count.skill());
            if (before != null && count.attempts() - before < properties.minNewAttempts()) {
                continue;
            }
            try {
                BktFit fit = fit(count.skill());
                stored++;
                log.info("Knowledge tracing parameters of {} {}: {} ({} attempts of {} students{})",
                        count.skill().kind(), count.skill().id(), fit.parameters(), fit.attempts(), fit.sequences(),
                        fit.defaults() ? ", too few: the defaults" : "");
            } catch (RuntimeException e) {
                log.warn("Fitting knowledge tracing for {} {} failed; trying again at the next run",
                        count.skill().kind(), count.skill().id(), e);
            }
        }
        return stored;
    }

    /** Fits one skill, stores the result and traces the skill's mastery again with it. */
    BktFit fit(Skill skill) {
        return transaction.execute(status -> {
            attempts.lock();
            Map<UUID, List<Boolean>> sequences = new LinkedHashMap<>();
            List<LoggedAttempt> skillLog = attempts.of(skill);
            skillLog.forEach(a -> sequences.computeIfAbsent(a.student(), s -> new ArrayList<>()).add(a.correct()));
            BktFit fit = fitter.fit(new ArrayList<>(sequences.values()));
            state.saveParameters(skill, fit, clock.instant());
            KnowledgeTracing tracing = new KnowledgeTracing(fit.parameters());
            Map<LearnerModels.StudentSkill, Mastery> mastery = new HashMap<>();
            for (LoggedAttempt attempt : skillLog) {
                LearnerModels.StudentSkill key = new LearnerModels.StudentSkill(attempt.student(), skill);
                mastery.put(key, tracing.answer(mastery.getOrDefault(key, tracing.initial()), attempt.correct()).after());
            }
            state.saveMastery(mastery);
            return fit;
        });
    }
}
