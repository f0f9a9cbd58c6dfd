package io.revisio.learning;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What other modules may read of one student's learning state: mastery per skill and how well they kept up
 * with revision. Learning provides it; readers such as analytics never read learning's tables.
 */
public interface LearnerSnapshot {

    /** The student's mastery of every skill they have attempts on, themes and concepts alike. */
    List<SkillMastery> mastery(UUID student);

    /**
     * Revision kept up between {@code from} (inclusive) and {@code to} (exclusive): revision reviews done on
     * cards already reviewed before, and cards that fell due in that time before the start of the UTC day of
     * {@code to} and are still waiting (suspended cards left out).
     */
    RevisionAdherence revisionAdherence(UUID student, Instant from, Instant to);

    /**
     * @param concept  true for a concept, false for a theme
     * @param known    the probability the skill is known, 0 to 1
     * @param attempts the attempts it rests on
     */
    record SkillMastery(boolean concept, UUID skillId, double known, int attempts) {
    }

    /**
     * @param done   revisions done
     * @param missed cards that fell due and still wait
     */
    record RevisionAdherence(long done, long missed) {

        /** done / (done + missed), or null when nothing was due or done. */
        public Double share() {
            return done + missed == 0 ? null : done / (double) (done + missed);
        }
    }
}
