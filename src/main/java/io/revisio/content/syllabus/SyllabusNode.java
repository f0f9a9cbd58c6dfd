package io.revisio.content.syllabus;

import java.util.UUID;

/** One node of the syllabus tree as stored. */
record SyllabusNode(UUID id, UUID parentId, SyllabusLevel level, String code, String name, int position,
        boolean enabled) {

    SyllabusNode {
        if ((level == SyllabusLevel.YEAR) != (parentId == null)) {
            throw new IllegalArgumentException("Only a year sits at the top of the syllabus");
        }
    }
}
