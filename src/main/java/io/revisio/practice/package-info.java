/**
 * Practice: the test builder, practice sessions (tutor and exam), answers, timing, submit and review.
 * Reads published questions and the syllabus through content's API and keeps its own pool from content's
 * events; publishes {@link io.revisio.practice.PracticeSessionFinished} for the modules that learn from answers.
 */
@ApplicationModule(displayName = "Practice")
package io.revisio.practice;

import org.springframework.modulith.ApplicationModule;
