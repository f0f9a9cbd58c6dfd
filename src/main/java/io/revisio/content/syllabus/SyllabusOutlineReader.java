package io.revisio.content.syllabus;

import io.revisio.content.SyllabusOutline;
import java.util.List;
import org.springframework.stereotype.Component;

/** The syllabus for other modules, read from the same rows staff manage. */
@Component
class SyllabusOutlineReader implements SyllabusOutline {

    private final SyllabusRepository syllabus;

    SyllabusOutlineReader(SyllabusRepository syllabus) {
        this.syllabus = syllabus;
    }

    @Override
    public List<Node> nodes() {
        return syllabus.findAll().stream()
                .map(node -> new Node(node.id(), node.parentId(), Level.valueOf(node.level().name()), node.code(),
                        node.name(), node.position(), node.enabled()))
                .toList();
    }
}
