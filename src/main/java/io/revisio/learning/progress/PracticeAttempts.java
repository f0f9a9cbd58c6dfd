package io.revisio.learning.progress;

import io.revisio.practice.PracticeSessionFinished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Practice answers reach knowledge tracing and Elo through the event publication registry. A failure is
 * thrown on, so the publication stays incomplete (and is logged) and is delivered again; it is never
 * marked done without its update.
 */
@Component
class PracticeAttempts {

    private final LearnerUpdates updates;

    PracticeAttempts(LearnerUpdates updates) {
        this.updates = updates;
    }

    @ApplicationModuleListener
    void on(PracticeSessionFinished session) {
        updates.record(session);
    }
}
