package io.revisio.learning.calibration;

/** Where a run is: waiting for a poller, computing, or done one way or the other. */
enum CalibrationState {
    QUEUED, RUNNING, SUCCEEDED, FAILED
}
