package io.revisio.practice;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Starts a practice session over questions another module chose (revision picks the cards due today).
 * Its answers come back like any other's, through {@link PracticeSessionFinished}.
 */
public interface PracticeSessionStarter {

    /** @param questions how many of the asked questions the session holds */
    record Started(UUID sessionId, int questions) {
    }

    /**
     * A tutor-mode session over these questions in this order, each at its current published version; those
     * no longer published or under a disabled syllabus node are left out. Empty when none is left.
     *
     * @param purpose why the questions were chosen, kept with the session (e.g. {@code revision})
     */
    Optional<Started> startTutorSession(UUID student, List<UUID> questions, String purpose);
}
