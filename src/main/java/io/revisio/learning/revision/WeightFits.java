package io.revisio.learning.revision;

import io.revisio.learning.fsrs.FsrsWeights;
import io.revisio.learning.fsrs.HeldOutFit;
import io.revisio.learning.fsrs.WeightFitter;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fits each student's FSRS-6 weights once they have enough reviews, and keeps the new weights only when they
 * predict the student's newest reviews better than the current ones ({@link HeldOutFit}). Every trial is
 * stored; an accepted one schedules the student's reviews from then on. One student is fitted in one
 * transaction under a per-student advisory lock, so several instances never fit the same student at once.
 */
@Component
class WeightFits {

    /** Students looked at per run; the rest wait for the next run. */
    static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(WeightFits.class);

    private final FitStore store;
    private final StudentWeights weights;
    private final RevisionFitProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final WeightFitter fitter;

    WeightFits(FitStore store, StudentWeights weights, RevisionFitProperties properties,
            PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.weights = weights;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.fitter = new WeightFitter();
    }

    /** One run of the job: every student due for a fit; a failure is logged and that student retried next run. */
    int fitDue() {
        int stored = 0;
        for (UUID student : store.candidates(properties.minReviews(), properties.minNewReviews(), BATCH)) {
            try {
                if (fit(student).isPresent()) {
                    stored++;
                }
            } catch (RuntimeException e) {
                log.warn("Fitting the revision weights of student {} failed; trying again at the next run", student, e);
            }
        }
        return stored;
    }

    /**
     * Fits one student's weights if they are due for it; empty when they are not (too few reviews, too few
     * new ones, another instance at it, or too little spread in time to judge a fit), and then nothing is stored.
     */
    Optional<FitStore.StoredFit> fit(UUID student) {
        return transaction.execute(status -> {
            if (!store.tryLock(student)) {
                return Optional.<FitStore.StoredFit>empty();
            }
            int reviews = store.reviewCount(student);
            int atLastFit = store.reviewsAtLastFit(student);
            if (reviews < properties.minReviews()
                    || (atLastFit >= 0 && reviews - atLastFit < properties.minNewReviews())) {
                return Optional.<FitStore.StoredFit>empty();
            }
            StudentWeights.Current current = weights.current(student);
            Optional<HeldOutFit.Outcome> trial = new HeldOutFit(fitter, properties.heldOutShare())
                    .trial(store.log(student), current.weights());
            if (trial.isEmpty()) {
                log.info("Revision weights of student {}: {} reviews leave nothing to judge a fit on", student,
                        reviews);
                return Optional.<FitStore.StoredFit>empty();
            }
            HeldOutFit.Outcome outcome = trial.get();
            FitStore.StoredFit fit = new FitStore.StoredFit(UUID.randomUUID(), student, clock.instant(), reviews,
                    outcome.trainingReviews(), outcome.heldOutReviews(), outcome.heldOutPredictions(),
                    outcome.currentLogLoss(), outcome.fittedLogLoss(), outcome.accepted(), current.fitId(),
                    list(outcome.fitted()));
            store.insert(fit);
            log.info("Revision weights of student {} {}: held-out log loss {} -> {} over {} predictions", student,
                    fit.accepted() ? "refitted" : "kept (the fit did no better)", fit.logLossBefore(),
                    fit.logLossAfter(), fit.heldOutPredictions());
            return Optional.of(fit);
        });
    }

    private static List<Double> list(FsrsWeights weights) {
        return Arrays.stream(weights.toArray()).boxed().toList();
    }
}
