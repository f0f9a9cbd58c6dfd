package io.revisio.learning.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One answered question of a finished practice session as the attempt log keeps it; seq is the order the
 * models learn from it in.
 */
record LoggedAttempt(long seq, UUID session, UUID question, UUID version, UUID student, UUID theme,
        List<UUID> concepts, int options, boolean correct, Instant at) {

    LoggedAttempt {
        concepts = List.copyOf(concepts);
    }

    /** The theme, then each concept: every skill this attempt is evidence of. */
    List<Skill> skills() {
        List<Skill> skills = new ArrayList<>(concepts.size() + 1);
        skills.add(Skill.theme(theme));
        concepts.forEach(concept -> skills.add(Skill.concept(concept)));
        return skills;
    }
}
