package io.revisio.learning.progress;

import java.util.UUID;

/** What knowledge tracing tracks: a theme, or a concept where questions carry one. */
record Skill(Kind kind, UUID id) {

    enum Kind { THEME, CONCEPT }

    static Skill theme(UUID id) {
        return new Skill(Kind.THEME, id);
    }

    static Skill concept(UUID id) {
        return new Skill(Kind.CONCEPT, id);
    }
}
