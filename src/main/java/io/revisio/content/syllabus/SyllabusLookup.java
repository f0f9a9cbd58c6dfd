package io.revisio.content.syllabus;

import org.springframework.stereotype.Component;

/** The syllabus students see, for the rest of the content module (the question editor files under it). */
@Component
public class SyllabusLookup {

    private final SyllabusRepository syllabus;

    SyllabusLookup(SyllabusRepository syllabus) {
        this.syllabus = syllabus;
    }

    /** The enabled nodes as a tree, in order. */
    public SyllabusTree tree() {
        return SyllabusTree.of(syllabus.findAll());
    }
}
