package io.revisio.analytics.student;

import java.time.LocalDate;
import java.util.List;

/**
 * A student's answers and accuracy over time, one point per day or per seven days, oldest first, empty
 * buckets included (with no accuracy).
 *
 * @param bucket day or week; weeks are seven-day buckets ending today
 * @param from   the first day counted (UTC); {@code to} is today
 */
public record AnalyticsTrend(String bucket, int days, LocalDate from, LocalDate to, List<Point> points) {

    public AnalyticsTrend {
        points = List.copyOf(points);
    }

    /** @param start the bucket's first day; {@code end} its last */
    public record Point(LocalDate start, LocalDate end, long answers, long correct, Double accuracy) {
    }
}
