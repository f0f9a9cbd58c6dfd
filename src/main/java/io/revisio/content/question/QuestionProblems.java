package io.revisio.content.question;

import io.revisio.shared.problem.ProblemException;
import io.revisio.shared.web.EntityTags;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** The refusals of the question bank, each with its own stable problem type. */
final class QuestionProblems {

    private QuestionProblems() {
    }

    static ProblemException notFound(UUID id) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", "There is no question " + id + ".");
    }

    static ProblemException versionNotFound(UUID id, int number) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found",
                "Question " + id + " has no version " + number + ".").with("number", number);
    }

    static ProblemException of(WorkflowRefusal refusal) {
        if (refusal instanceof WorkflowRefusal.Illegal illegal) {
            return new ProblemException(HttpStatus.CONFLICT, "question-illegal-transition",
                    "You cannot " + illegal.action.wireName() + " this question in its current state.")
                    .with("action", illegal.action.wireName())
                    .with("allowed", illegal.allowed.stream().map(QuestionAction::wireName).toList());
        }
        return new ProblemException(HttpStatus.FORBIDDEN, "question-four-eyes",
                "You wrote this version, so someone else must approve it.");
    }

    static ProblemException incomplete(List<QuestionContent.Missing> missing) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "validation-failed",
                "The question is not complete enough to be reviewed.")
                .with("errors", missing.stream().map(m -> Map.of("field", m.field(), "code", m.code(),
                        "message", m.message())).toList());
    }

    static ProblemException externalIdTaken(String externalId) {
        return new ProblemException(HttpStatus.CONFLICT, "question-external-id-taken",
                "Another question already has the external id " + externalId + ".").with("externalId", externalId);
    }

    static ProblemException stale(long current, QuestionState state) {
        return new ProblemException(HttpStatus.PRECONDITION_FAILED, "precondition-failed",
                "The question was changed since you read it. Reload it and apply your edit again.")
                .header("ETag", EntityTags.etag(current)).with("currentVersion", current).with("state", state.name());
    }

    static ProblemException versionRequired() {
        return new ProblemException(HttpStatus.PRECONDITION_REQUIRED, "precondition-required",
                "Send the question's ETag in If-Match, so an edit never overwrites a change you have not seen.");
    }
}
