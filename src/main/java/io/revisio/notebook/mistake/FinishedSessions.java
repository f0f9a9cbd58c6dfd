package io.revisio.notebook.mistake;

import io.revisio.practice.PracticeSessionFinished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Listens to finished practice sessions through the event publication registry (after practice's commit,
 * in a transaction of its own) and records their mistakes.
 */
@Component
class FinishedSessions {

    private final MistakeRecorder recorder;

    FinishedSessions(MistakeRecorder recorder) {
        this.recorder = recorder;
    }

    @ApplicationModuleListener
    void on(PracticeSessionFinished event) {
        recorder.record(event);
    }
}
