package io.revisio.content.syllabus;

import java.util.List;
import org.springframework.stereotype.Component;

/** The syllabus for the rest of the content module (the question editor files questions under it). */
@Component
public class SyllabusLookup {

    private final SyllabusRepository syllabus;

    SyllabusLookup(SyllabusRepository syllabus) {
        this.syllabus = syllabus;
    }

    /**
     * Every node, in order, disabled ones included and named as such: a question filed under a theme that
     * was later disabled must keep its filing when edited, not lose it for want of a choice.
     */
    public SyllabusTree forFiling() {
        return new SyllabusTree(branches(StaffSyllabus.of(syllabus.findAll()).years()));
    }

    private static List<SyllabusTree.Branch> branches(List<StaffSyllabus.Branch> nodes) {
        return nodes.stream().map(node -> new SyllabusTree.Branch(node.id(), node.code(),
                node.shownToStudents() ? node.name() : node.name() + " (hidden from students)", node.level(),
                branches(node.children()))).toList();
    }
}
