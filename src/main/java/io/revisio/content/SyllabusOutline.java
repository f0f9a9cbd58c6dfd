package io.revisio.content;

import java.util.List;
import java.util.UUID;

/** The syllabus as other modules read it: every node, enabled or not, with its parent. */
public interface SyllabusOutline {

    List<Node> nodes();

    enum Level { YEAR, BLOCK, THEME, CONCEPT }

    /** @param enabled the node's own flag; a node under a disabled one is hidden from students as well */
    record Node(UUID id, UUID parentId, Level level, String code, String name, int position, boolean enabled) {
    }
}
