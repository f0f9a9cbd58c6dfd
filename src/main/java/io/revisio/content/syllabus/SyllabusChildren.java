package io.revisio.content.syllabus;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A node with children cannot be deleted: its children would be orphaned (or silently deleted too). */
@Component
class SyllabusChildren implements SyllabusUsage {

    private final SyllabusRepository syllabus;

    SyllabusChildren(SyllabusRepository syllabus) {
        this.syllabus = syllabus;
    }

    @Override
    public Optional<InUse> of(UUID nodeId) {
        long children = syllabus.countChildren(nodeId);
        return children == 0 ? Optional.empty() : Optional.of(new InUse("syllabus-node-has-children",
                "This node still has " + children + (children == 1 ? " child" : " children")
                        + ". Move or delete them first.", children));
    }
}
