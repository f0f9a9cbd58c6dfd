/**
 * What Revisio learns from answers: FSRS-6 revision scheduling (and, later, mastery, difficulty and
 * ability). The models themselves are plain Java without Spring or I/O, so they can be tested and
 * benchmarked on their own.
 */
@ApplicationModule(displayName = "Learning")
package io.revisio.learning;

import org.springframework.modulith.ApplicationModule;
