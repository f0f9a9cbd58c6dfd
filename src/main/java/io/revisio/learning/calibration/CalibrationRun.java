package io.revisio.learning.calibration;

import java.time.Instant;
import java.util.UUID;

/**
 * One calibration run as stored.
 *
 * @param requestedBy the admin who asked for it, or null for a scheduled run
 * @param failure     why it failed, or null
 * @param starts      how often a process took it up (more than once when a process died during it)
 * @param summary     what it saw and how the fit went; null unless it succeeded
 */
record CalibrationRun(UUID id, UUID requestedBy, Instant requestedAt, Instant startedAt, Instant finishedAt,
        CalibrationState state, String failure, int starts, CalibrationSettings settings, Summary summary) {

    /**
     * @param items         questions calibrated
     * @param students      students whose first answers were used
     * @param responses     first answers used
     * @param flaggedItems  questions flagged for misfit
     * @param emIterations  EM iterations run
     * @param converged     whether EM stopped because no parameter moved by 1e-4 (rather than at its limit)
     * @param logLikelihood the marginal log-likelihood at the final parameters
     */
    record Summary(int items, int students, int responses, int flaggedItems, int emIterations, boolean converged,
            double logLikelihood) {
    }
}
