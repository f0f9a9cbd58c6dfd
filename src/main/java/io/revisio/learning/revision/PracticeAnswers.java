package io.revisio.learning.revision;

import io.revisio.practice.PracticeSessionFinished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Practice answers reach revision through the event publication registry, once each. */
@Component
class PracticeAnswers {

    private final RevisionCards cards;

    PracticeAnswers(RevisionCards cards) {
        this.cards = cards;
    }

    @ApplicationModuleListener
    void on(PracticeSessionFinished session) {
        cards.record(session);
    }
}
