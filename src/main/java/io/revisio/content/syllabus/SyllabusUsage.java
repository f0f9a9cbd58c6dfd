package io.revisio.content.syllabus;

import java.util.Optional;
import java.util.UUID;

/**
 * Something that still hangs off a syllabus node and so keeps it from being deleted. Today only its
 * children do ({@link SyllabusChildren}); when questions arrive, the question bank adds an implementation
 * that counts the questions filed under the node, and deleting refuses on either.
 */
interface SyllabusUsage {

    /** Why the node cannot be deleted, or empty when nothing of this kind uses it. */
    Optional<InUse> of(UUID nodeId);

    /**
     * @param type  the problem type, e.g. {@code syllabus-node-has-children}
     * @param count how many things use the node
     */
    record InUse(String type, String detail, long count) {
    }
}
