package io.revisio.content.question;

import io.revisio.content.QuestionPublished;
import io.revisio.content.QuestionWithdrawn;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells other modules when what students get changes: a publish or restore makes a version the published
 * one, an archive withdraws it. Published inside the workflow's transaction, so the event publication
 * registry stores it with the change or not at all.
 */
@Component
class PublicationEvents {

    private final QuestionRepository questions;
    private final ApplicationEventPublisher events;

    PublicationEvents(QuestionRepository questions, ApplicationEventPublisher events) {
        this.questions = questions;
        this.events = events;
    }

    void after(QuestionAction action, UUID questionId, UUID versionId) {
        switch (action) {
            case PUBLISH, RESTORE -> {
                QuestionContent content = questions.version(versionId).orElseThrow().content();
                events.publishEvent(new QuestionPublished(questionId, versionId, content.themeId(),
                        content.conceptIds(), content.difficulty(), content.options().size()));
            }
            case ARCHIVE -> events.publishEvent(new QuestionWithdrawn(questionId, versionId));
            default -> { }
        }
    }
}
