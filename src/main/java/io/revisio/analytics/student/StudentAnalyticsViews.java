package io.revisio.analytics.student;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the student's analytics page shows; public because the compiled templates read it. */
public final class StudentAnalyticsViews {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private StudentAnalyticsViews() {
    }

    /** One summary card: a number and what it means. */
    public record Card(String label, String value, String detail) {
    }

    /** One row of the syllabus table, indented by depth. */
    public record Row(int depth, String level, String name, long answers, String accuracy, double share,
            String time, String peers, String mastery) {
    }

    /** One theme of the mastery map; {@code band} 0 (unknown) to 4 (mastered) picks its colour class. */
    public record MapCell(String name, String mastery, int band) {
    }

    public record Standing(String year, String text) {
    }

    public record Page(List<Card> cards, TrendChart chart, List<Row> syllabus, List<MapCell> map, String adherence,
            double adherenceShare, String adherenceDetail, List<Standing> standings, String percentileRule) {
    }

    /**
     * The trend as an SVG drawing in a 600 by 240 box: a bar per bucket for the answers, and a line with a dot
     * per bucket for the share right (buckets without answers have no dot and break nothing: the line joins
     * the dots it has).
     */
    public record TrendChart(List<Bar> bars, String line, List<Dot> dots, int maxAnswers, String firstDay,
            String lastDay, List<TrendChart.Point> points) {

        public static final int WIDTH = 600;
        public static final int HEIGHT = 240;
        static final int LEFT = 40;
        static final int RIGHT = 44;
        static final int TOP = 12;
        static final int BOTTOM = 28;

        public record Bar(String x, String y, String width, String height, String title) {
        }

        public record Dot(String x, String y, String title) {
        }

        /** A bucket as the accessible table lists it. */
        public record Point(String day, long answers, String accuracy) {
        }

        public int plotBottom() {
            return HEIGHT - BOTTOM;
        }

        public int plotRight() {
            return WIDTH - RIGHT;
        }

        public static int left() {
            return LEFT;
        }

        public static int top() {
            return TOP;
        }

        static TrendChart of(AnalyticsTrend trend) {
            List<AnalyticsTrend.Point> points = trend.points();
            int max = (int) Math.max(1, points.stream().mapToLong(AnalyticsTrend.Point::answers).max().orElse(0));
            double plotWidth = WIDTH - LEFT - RIGHT;
            double plotHeight = HEIGHT - TOP - BOTTOM;
            double step = plotWidth / Math.max(1, points.size());
            List<Bar> bars = new ArrayList<>();
            List<Dot> dots = new ArrayList<>();
            List<Point> table = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < points.size(); i++) {
                AnalyticsTrend.Point point = points.get(i);
                String day = label(point);
                double height = plotHeight * point.answers() / max;
                double x = LEFT + i * step;
                bars.add(new Bar(number(x + step * 0.15), number(TOP + plotHeight - height), number(step * 0.7),
                        number(height), day + ": " + point.answers() + " answers"));
                if (point.accuracy() != null) {
                    double cx = x + step / 2;
                    double cy = TOP + plotHeight * (1 - point.accuracy());
                    line.append(line.isEmpty() ? "" : " ").append(number(cx)).append(',').append(number(cy));
                    dots.add(new Dot(number(cx), number(cy), day + ": " + percent(point.accuracy()) + " right"));
                }
                table.add(new Point(day, point.answers(), point.accuracy() == null ? "none" : percent(point.accuracy())));
            }
            return new TrendChart(bars, line.toString(), dots, max, points.isEmpty() ? "" : label(points.get(0)),
                    points.isEmpty() ? "" : label(points.get(points.size() - 1)), table);
        }

        private static String label(AnalyticsTrend.Point point) {
            return point.start().equals(point.end()) ? DAY.format(point.start())
                    : DAY.format(point.start()) + " – " + DAY.format(point.end());
        }
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    public static String percent(Double share) {
        return share == null ? "none" : Math.round(share * 100) + "%";
    }

    public static String seconds(Long ms) {
        return ms == null ? "none" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    static String day(LocalDate day) {
        return day == null ? "never" : DAY.format(day);
    }
}
