package io.revisio.practice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The student's revision cards due today, for the practice dashboard and the adaptive mix. Practice declares
 * what it needs and the module that schedules revision (learning) provides it, so practice never depends on
 * that module. Without a provider the dashboard shows no revision line and adaptive practice has no due cards.
 */
public interface RevisionDue {

    /** Cards due by the end of today (UTC), overdue ones included, suspended ones not. */
    long dueToday(UUID student);

    /** The questions of those cards, most at risk of being forgotten first, at most {@code limit} of them. */
    List<DueQuestion> mostAtRisk(UUID student, int limit);

    /** @param retrievability the chance of recalling it now, as the scheduler estimates it */
    record DueQuestion(UUID questionId, Instant due, double retrievability) {
    }
}
