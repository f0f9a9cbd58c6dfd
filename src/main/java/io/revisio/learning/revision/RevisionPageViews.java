package io.revisio.learning.revision;

import java.util.List;
import java.util.UUID;

/** What the revision pages show; public because the compiled templates read it. */
public final class RevisionPageViews {

    private RevisionPageViews() {
    }

    /**
     * A card due today.
     *
     * @param recall the chance of recalling it now, as a whole percentage
     */
    public record DueLine(UUID questionId, String stem, String recall, String due, boolean overdue, boolean leech) {
    }

    public record SuspendedLine(UUID questionId, String stem, String due, boolean leech) {
    }

    /** One day of the forecast; {@code max} is the busiest day's count, the scale of the bars. */
    public record ForecastDay(String day, String date, long due, long max) {
    }

    /** The settings form as sent (or as stored), with a message for each field that was refused. */
    public record SettingsForm(String desiredRetention, String dailyLimit, String retentionError, String limitError) {
    }

    public record FitLine(String student, String fittedAt, int reviewsUsed, int heldOut, int heldOutPredictions,
            String logLossBefore, String logLossAfter, boolean accepted) {
    }

    /**
     * @param weights the weights scheduling the student's reviews, in words
     * @param error   why the last form was refused, or null
     */
    public record Revision(long due, int limit, List<DueLine> cards, List<SuspendedLine> suspended,
            List<ForecastDay> forecast, long forecastTotal, SettingsForm settings, List<FitLine> fits, String weights,
            String error) {
    }

    public record AdminFits(String student, List<FitLine> fits, String error) {
    }

    /** A shortened plain start of a question's stem, for a list line. */
    public static String shortStem(String stem) {
        if (stem == null || stem.isBlank()) {
            return "A question no longer shown";
        }
        String plain = stem.replaceAll("!\\[[^\\]]*\\]\\([^)]*\\)", "").replaceAll("[*_`#>|]", "")
                .replaceAll("\\s+", " ").strip();
        return plain.length() <= 140 ? plain : plain.substring(0, 137).strip() + "...";
    }
}
