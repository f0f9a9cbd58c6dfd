package io.revisio.content.syllabus;

import io.revisio.shared.problem.ProblemException;
import io.revisio.shared.web.EntityTags;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** The refusals of syllabus management, each with its own stable problem type. */
final class SyllabusProblems {

    private SyllabusProblems() {
    }

    static ProblemException notFound(UUID id) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", "There is no syllabus node " + id + ".");
    }

    static ProblemException codeTaken(String code) {
        return new ProblemException(HttpStatus.CONFLICT, "syllabus-code-taken",
                "Another syllabus node already has the code " + code + ".").with("code", code);
    }

    static ProblemException levelMismatch(SyllabusLevel level, SyllabusLevel parent) {
        String where = parent == null ? "at the top of the syllabus" : "under a " + lower(parent);
        return new ProblemException(HttpStatus.CONFLICT, "syllabus-level-mismatch",
                "A " + lower(level) + " cannot sit " + where + "; only " + SyllabusLevel.expectedUnder(parent)
                        + " can.");
    }

    static ProblemException intoOwnSubtree() {
        return new ProblemException(HttpStatus.CONFLICT, "syllabus-move-into-own-subtree",
                "A node cannot be moved under itself or one of its own descendants.");
    }

    static ProblemException childrenMismatch(List<UUID> current) {
        return new ProblemException(HttpStatus.CONFLICT, "syllabus-children-mismatch",
                "The order must list exactly the current children of the parent, each once.")
                .with("children", current.stream().map(UUID::toString).toList());
    }

    static ProblemException inUse(SyllabusUsage.InUse usage) {
        return new ProblemException(HttpStatus.CONFLICT, usage.type(), usage.detail()).with("count", usage.count());
    }

    static ProblemException stale(long current) {
        return new ProblemException(HttpStatus.PRECONDITION_FAILED, "precondition-failed",
                "The node was changed since you read it. Reload it and apply your edit again.")
                .header("ETag", EntityTags.etag(current));
    }

    static ProblemException versionRequired() {
        return new ProblemException(HttpStatus.PRECONDITION_REQUIRED, "precondition-required",
                "Send the node's ETag in If-Match, so an edit never overwrites a change you have not seen.");
    }

    private static String lower(SyllabusLevel level) {
        return level.name().toLowerCase(Locale.ROOT);
    }
}
