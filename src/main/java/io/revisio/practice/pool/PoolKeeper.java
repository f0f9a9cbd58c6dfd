package io.revisio.practice.pool;

import io.revisio.content.PublishedQuestions;
import io.revisio.content.QuestionPublished;
import io.revisio.content.QuestionWithdrawn;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the pool in step with content. An event only says which question changed: the keeper reads what
 * is published now, so events handled out of order or twice still leave the pool right.
 */
@Component
class PoolKeeper {

    private static final Logger log = LoggerFactory.getLogger(PoolKeeper.class);

    private final PublishedQuestions published;
    private final QuestionPool pool;
    private final Clock clock;

    PoolKeeper(PublishedQuestions published, QuestionPool pool, Clock clock) {
        this.published = published;
        this.pool = pool;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(QuestionPublished event) {
        refresh(event.questionId());
    }

    @ApplicationModuleListener
    void on(QuestionWithdrawn event) {
        refresh(event.questionId());
    }

    void refresh(UUID questionId) {
        published.head(questionId).ifPresentOrElse(head -> pool.put(head, clock.instant()),
                () -> pool.remove(questionId));
    }

    /** Rebuilds the pool from everything published now: for a first start, or events that were lost. */
    @Transactional
    void rebuild() {
        List<PublishedQuestions.Head> heads = published.allPublished();
        heads.forEach(head -> pool.put(head, clock.instant()));
        int removed = pool.keepOnly(heads.stream().map(PublishedQuestions.Head::questionId).toList());
        log.info("Practice pool rebuilt: {} published questions, {} withdrawn ones removed", heads.size(), removed);
    }
}
