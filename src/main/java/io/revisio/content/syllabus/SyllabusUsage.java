package io.revisio.content.syllabus;

import java.util.Optional;
import java.util.UUID;

/**
 * Something that still hangs off a syllabus node and so keeps it from being deleted. Today only its
 * children ({@link SyllabusChildren}) and questions filed under it (the question bank's implementation);
 * deleting refuses on either. Public so that the question package can implement it.
 */
public interface SyllabusUsage {

    /** Why the node cannot be deleted, or empty when nothing of this kind uses it. */
    Optional<InUse> of(UUID nodeId);

    /**
     * @param type  the problem type, e.g. {@code syllabus-node-has-children}
     * @param count how many things use the node
     */
    record InUse(String type, String detail, long count) {
    }
}
