/**
 * Analytics: item statistics for editors (answers, share correct, point-biserial discrimination, option
 * shares, median time, flags for questions that look broken) and the 1 to 5 difficulty badge students see in
 * the review. Reacts to {@link io.revisio.practice.PracticeSessionFinished}, rebuilds from practice's attempt
 * log through {@link io.revisio.practice.FinishedPracticeSessions}, and gives practice the badges through
 * {@link io.revisio.practice.DifficultyBadges}. Also each student's own analytics (volume, accuracy and time
 * by day and by syllabus node, percentile per syllabus year), from rollups kept from the same event, with
 * mastery and revision adherence read through {@link io.revisio.learning.LearnerSnapshot}.
 */
@ApplicationModule(displayName = "Analytics")
package io.revisio.analytics;

import org.springframework.modulith.ApplicationModule;
