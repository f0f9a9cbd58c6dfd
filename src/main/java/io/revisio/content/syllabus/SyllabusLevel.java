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

    boolean mayHaveChildren() {
        return this != CONCEPT;
    }

    /**
     * Whether a node of this level may sit under a parent of the given level ({@code null}: at the top).
     * Each level has exactly one place: years at the top, blocks under years, and so on.
     */
    boolean fitsUnder(SyllabusLevel parent) {
        return parent == null ? this == YEAR : parent.mayHaveChildren() && parent.childLevel() == this;
    }

    /** The level a node needs to sit under a parent of the given level, for error messages. */
    static String expectedUnder(SyllabusLevel parent) {
        if (parent == null) {
            return "a year";
        }
        return parent.mayHaveChildren() ? "a " + parent.childLevel().name().toLowerCase(java.util.Locale.ROOT)
                : "nothing (a concept has no children)";
    }
}
