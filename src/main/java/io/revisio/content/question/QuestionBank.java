package io.revisio.content.question;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do to questions: write them, edit them (always into a new version) and move them through
 * review. Each change locks the question, and commits together with its audit row or not at all.
 */
@Component
public class QuestionBank {

    private final QuestionRepository questions;
    private final SyllabusFiling filing;
    private final QuestionAudit audit;
    private final PublicationEvents publication;
    private final Clock clock;

    QuestionBank(QuestionRepository questions, SyllabusFiling filing, QuestionAudit audit,
            PublicationEvents publication, Clock clock) {
        this.questions = questions;
        this.filing = filing;
        this.audit = audit;
        this.publication = publication;
        this.clock = clock;
    }

    @Transactional
    public Question create(UUID actor, QuestionContent content) {
        UUID id = UUID.randomUUID();
        checkContent(id, content);
        VersionHead first = new VersionHead(UUID.randomUUID(), 1, QuestionState.DRAFT, actor);
        Instant now = clock.instant();
        saved(() -> {
            questions.insertQuestion(id, first.id(), content.externalId(), actor, now);
            questions.insertVersion(id, first, now, content);
        }, content);
        audit.record(actor, "created", id, null, QuestionAudit.state(first));
        return new Question(id, first, null);
    }

    /** A new DRAFT version with the given content, unless the working version already says exactly that. */
    @Transactional
    Question edit(UUID actor, UUID id, OptionalLong expected, QuestionContent content) {
        Question question = current(id);
        VersionHead working = question.working();
        if (expected.isPresent() && expected.getAsLong() != working.number()) {
            throw QuestionProblems.stale(working.number(), working.state());
        }
        try {
            question.checkEditable();
        } catch (WorkflowRefusal refusal) {
            throw QuestionProblems.of(refusal);
        }
        List<String> changed = content.changedFrom(questions.version(working.id()).orElseThrow().content());
        if (changed.isEmpty()) {
            return question;
        }
        checkContent(id, content);
        VersionHead draft = new VersionHead(UUID.randomUUID(), working.number() + 1, QuestionState.DRAFT, actor);
        saved(() -> {
            questions.insertVersion(id, draft, clock.instant(), content);
            questions.setWorking(id, draft.id(), content.externalId());
        }, content);
        audit.record(actor, "edited", id, QuestionAudit.state(working), QuestionAudit.edited(draft, changed));
        return current(id);
    }

    /**
     * Moves the question through review. A submit needs a complete version; request-changes needs a
     * comment, which (like an optional one on approve) is kept with the version.
     */
    @Transactional
    Question act(UUID actor, UUID id, QuestionAction action, String comment) {
        Question question = current(id);
        List<Question.Step> steps;
        try {
            steps = question.apply(action, actor);
        } catch (WorkflowRefusal refusal) {
            throw QuestionProblems.of(refusal);
        }
        if (action == QuestionAction.SUBMIT) {
            List<QuestionContent.Missing> missing = questions.version(question.working().id()).orElseThrow()
                    .content().missingForReview();
            if (!missing.isEmpty()) {
                throw QuestionProblems.incomplete(missing);
            }
        }
        Instant now = clock.instant();
        for (Question.Step step : steps) {
            questions.moveState(step.version().id(), step.from(), step.to(), now);
        }
        Question.Step main = steps.get(steps.size() - 1);
        if (action == QuestionAction.PUBLISH) {
            questions.setPublished(id, main.version().id());
        }
        if (comment != null) {
            questions.addComment(main.version().id(), actor, action.wireName(), comment, now);
        }
        audit.record(actor, pastTense(action), id, QuestionAudit.state(main.version()),
                afterState(steps, main, comment));
        publication.after(action, id, main.version().id());
        return current(id);
    }

    @Transactional(readOnly = true)
    Question find(UUID id) {
        return questions.find(id).orElseThrow(() -> QuestionProblems.notFound(id));
    }

    private Question current(UUID id) {
        return questions.lock(id).orElseThrow(() -> QuestionProblems.notFound(id));
    }

    private void checkContent(UUID id, QuestionContent content) {
        filing.check(content);
        if (content.externalId() != null && questions.externalIdTaken(content.externalId(), id)) {
            throw QuestionProblems.externalIdTaken(content.externalId());
        }
    }

    /** Two editors racing for one external id: the unique constraint decides, and the loser gets a 409. */
    private static void saved(Runnable write, QuestionContent content) {
        try {
            write.run();
        } catch (DuplicateKeyException e) {
            throw QuestionProblems.externalIdTaken(content.externalId());
        }
    }

    private static java.util.Map<String, Object> afterState(List<Question.Step> steps, Question.Step main,
            String comment) {
        java.util.Map<String, Object> after = new java.util.LinkedHashMap<>(
                QuestionAudit.state(main.version().in(main.to())));
        if (steps.size() > 1) {
            Question.Step superseded = steps.get(0);
            after.put("superseded", QuestionAudit.state(superseded.version().in(superseded.to())));
        }
        if (comment != null) {
            after.put("comment", comment);
        }
        return after;
    }

    private static String pastTense(QuestionAction action) {
        return switch (action) {
            case SUBMIT -> "submitted";
            case APPROVE -> "approved";
            case REQUEST_CHANGES -> "changes-requested";
            case PUBLISH -> "published";
            case ARCHIVE -> "archived";
            case RESTORE -> "restored";
            case EDIT -> "edited";
        };
    }
}
