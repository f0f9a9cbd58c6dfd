package io.revisio.content.syllabus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One node of the syllabus tree as stored.
 *
 * @param version bumped by every change to the node's own fields (code, name, parent, enabled), not by
 *                its siblings being reordered around it
 */
record SyllabusNode(UUID id, UUID parentId, SyllabusLevel level, String code, String name, int position,
        boolean enabled, long version) {

    SyllabusNode {
        if ((level == SyllabusLevel.YEAR) != (parentId == null)) {
            throw new IllegalArgumentException("Only a year sits at the top of the syllabus");
        }
    }

    SyllabusNode(UUID id, UUID parentId, SyllabusLevel level, String code, String name, int position,
            boolean enabled) {
        this(id, parentId, level, code, name, position, enabled, 0);
    }

    /** Whether a node of the given level may be put directly under this one. */
    boolean mayHold(SyllabusLevel child) {
        return child.fitsUnder(level);
    }

    /** The node as the audit log keeps it in before/after; a year has no parentId entry. */
    Map<String, Object> audited() {
        Map<String, Object> values = new LinkedHashMap<>();
        if (parentId != null) {
            values.put("parentId", parentId.toString());
        }
        values.put("level", level.name());
        values.put("code", code);
        values.put("name", name);
        values.put("position", position);
        values.put("enabled", enabled);
        return values;
    }
}
