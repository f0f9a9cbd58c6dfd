package io.revisio.content.syllabus;

/** The levels of the syllabus tree, top to bottom; a concept is optional, under a theme. */
public enum SyllabusLevel {
    YEAR, BLOCK, THEME, CONCEPT;

    /** The only level a child of a node at this level may have. */
    SyllabusLevel childLevel() {
        return switch (this) {
            case YEAR -> BLOCK;
            case BLOCK -> THEME;
            case THEME -> CONCEPT;
            case CONCEPT -> throw new IllegalStateException("A concept has no children");
        };
    }
}
