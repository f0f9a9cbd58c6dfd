package io.revisio.analytics.student;

import io.revisio.practice.PracticeSessionFinished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Listens to finished practice sessions through the event publication registry (after practice's commit, in
 * a transaction of its own) and adds their answers to the student rollups.
 */
@Component
class StudentSessions {

    private final StudentRollups rollups;

    StudentSessions(StudentRollups rollups) {
        this.rollups = rollups;
    }

    @ApplicationModuleListener
    void on(PracticeSessionFinished event) {
        rollups.record(event);
    }
}
