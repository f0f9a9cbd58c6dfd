package io.revisio.practice;

import java.util.UUID;

/**
 * How many revision cards a student has due today, for the practice dashboard. Practice declares what it
 * shows and the module that schedules revision (learning) provides it, so practice never depends on that
 * module. Without a provider the dashboard shows no revision line.
 */
public interface RevisionDue {

    /** Cards due by the end of today (UTC), overdue ones included, suspended ones not. */
    long dueToday(UUID student);
}
