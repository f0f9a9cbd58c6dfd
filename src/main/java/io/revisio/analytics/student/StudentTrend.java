package io.revisio.analytics.student;

import io.revisio.shared.problem.ProblemException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A student's answers and accuracy per day or per week, over the last days asked for. */
@Component
class StudentTrend {

    static final int MIN_DAYS = 7;
    static final int MAX_DAYS = 365;
    static final int DEFAULT_DAYS = 30;
    static final Set<String> PARAMETERS = Set.of("days", "bucket");

    private final StudentReader reader;
    private final Clock clock;

    StudentTrend(StudentReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    /** The days and bucket asked for, checked; a 400 naming the field when either is not understood. */
    record Request(int days, boolean weekly) {

        static Request of(Map<String, String[]> parameters) {
            for (String name : parameters.keySet()) {
                if (!PARAMETERS.contains(name)) {
                    throw ProblemException.invalidField(name, "unknownParameter", "is not a parameter of the trend; "
                            + "use days and bucket");
                }
            }
            String days = first(parameters, "days");
            String bucket = first(parameters, "bucket");
            int parsed = DEFAULT_DAYS;
            if (days != null) {
                try {
                    parsed = Integer.parseInt(days.strip());
                } catch (NumberFormatException e) {
                    parsed = -1;
                }
                if (parsed < MIN_DAYS || parsed > MAX_DAYS) {
                    throw ProblemException.invalidField("days", "outOfRange",
                            "must be a whole number from " + MIN_DAYS + " to " + MAX_DAYS);
                }
            }
            if (bucket != null && !bucket.equals("day") && !bucket.equals("week")) {
                throw ProblemException.invalidField("bucket", "unknownBucket", "must be day or week");
            }
            return new Request(parsed, "week".equals(bucket));
        }

        private static String first(Map<String, String[]> parameters, String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }
    }

    @Transactional(readOnly = true)
    AnalyticsTrend of(UUID student, Request request) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        int width = request.weekly() ? 7 : 1;
        int buckets = (request.days() + width - 1) / width;
        LocalDate from = today.minusDays((long) buckets * width - 1);
        Map<LocalDate, StudentReader.Tally> days = reader.days(student, from, today);
        List<AnalyticsTrend.Point> points = new ArrayList<>();
        for (int b = 0; b < buckets; b++) {
            LocalDate start = from.plusDays((long) b * width);
            StudentReader.Tally sum = StudentReader.Tally.NONE;
            for (int d = 0; d < width; d++) {
                sum = sum.plus(days.getOrDefault(start.plusDays(d), StudentReader.Tally.NONE));
            }
            points.add(new AnalyticsTrend.Point(start, start.plusDays(width - 1L), sum.answers(), sum.correct(),
                    sum.accuracy()));
        }
        return new AnalyticsTrend(request.weekly() ? "week" : "day", buckets * width, from, today, points);
    }
}
