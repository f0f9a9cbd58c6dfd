package io.revisio.analytics.item;

import io.revisio.practice.PracticeSessionFinished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Listens to finished practice sessions through the event publication registry (after practice's commit, in
 * a transaction of its own) and adds their answers to the item statistics.
 */
@Component
class SessionAnswers {

    private final ItemStatistics statistics;

    SessionAnswers(ItemStatistics statistics) {
        this.statistics = statistics;
    }

    @ApplicationModuleListener
    void on(PracticeSessionFinished event) {
        statistics.record(event);
    }
}
