package io.revisio.content.syllabus;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Who is under whom in the syllabus, to refuse moving a node into its own subtree. */
final class SyllabusAncestry {

    private final Map<UUID, UUID> parentOf = new HashMap<>();

    SyllabusAncestry(Collection<SyllabusNode> nodes) {
        nodes.forEach(node -> parentOf.put(node.id(), node.parentId()));
    }

    /** Whether {@code candidate} is {@code ancestor} itself or somewhere below it. */
    boolean isWithinSubtreeOf(UUID candidate, UUID ancestor) {
        Set<UUID> seen = new HashSet<>(); // a broken (cyclic) tree must not loop forever
        for (UUID at = candidate; at != null && seen.add(at); at = parentOf.get(at)) {
            if (at.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }
}
