package io.revisio.learning.calibration;

import io.revisio.shared.web.Pager;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** What the IRT calibration pages show; public because the compiled templates read it. */
public final class CalibrationPageViews {

    private CalibrationPageViews() {
    }

    /** The start form as sent (or as configured), with a message when it was refused. */
    public record StartForm(String minItemAnswers, String minStudentAnswers) {
    }

    /**
     * One run in the list.
     *
     * @param outcome what it saw and found, in words, or its failure
     */
    public record RunLine(UUID id, String requestedAt, String state, String outcome) {
    }

    public record RunsPage(List<RunLine> runs, Pager pager, StartForm form, String notice, String error) {
    }

    /** One calibrated question as the run page shows it; a statistic that could not be computed is a dash. */
    public record ItemLine(UUID questionId, String discrimination, String difficulty, String infit, String outfit,
            String q1, String answers, String shareCorrect, boolean misfit, String reasons) {
    }

    public record Choice(String value, String label) {
    }

    /** The items' filters as sent. */
    public record ItemFilters(boolean flagged, String sort, String order) {
    }

    public record RunPage(UUID id, String state, String requestedAt, String startedAt, String finishedAt,
            String failure, String settings, List<String> summary, List<ItemLine> items, ItemFilters filters,
            List<Choice> sorts, Pager pager, String error) {
    }

    static RunLine line(CalibrationRun run) {
        String outcome = switch (run.state()) {
            case QUEUED -> "waiting to start";
            case RUNNING -> "started " + time(run.startedAt());
            case FAILED -> run.failure();
            case SUCCEEDED -> "%d questions, %d students, %d answers; %d flagged".formatted(run.summary().items(),
                    run.summary().students(), run.summary().responses(), run.summary().flaggedItems());
        };
        return new RunLine(run.id(), time(run.requestedAt()), state(run.state()), outcome);
    }

    static ItemLine line(CalibratedItem item) {
        StringBuilder reasons = new StringBuilder();
        if (item.infit() != null && item.infit() > CalibratedItem.MEAN_SQUARE_LIMIT) {
            reasons.append("infit above ").append(CalibratedItem.MEAN_SQUARE_LIMIT).append("; ");
        }
        if (item.outfit() != null && item.outfit() > CalibratedItem.MEAN_SQUARE_LIMIT) {
            reasons.append("outfit above ").append(CalibratedItem.MEAN_SQUARE_LIMIT).append("; ");
        }
        if (item.q1P() != null && item.q1P() < CalibratedItem.Q1_P_LIMIT) {
            reasons.append("Q1 p below ").append(CalibratedItem.Q1_P_LIMIT).append("; ");
        }
        return new ItemLine(item.questionId(), withError(item.discrimination(), item.discriminationSe()),
                withError(item.difficulty(), item.difficultySe()), number(item.infit()), number(item.outfit()),
                item.q1() == null ? "–" : number(item.q1()) + " (df " + item.q1Df() + ", p " + p(item.q1P()) + ")",
                String.valueOf(item.answers()), Math.round(item.shareCorrect() * 100) + " %", item.misfit(),
                reasons.isEmpty() ? "" : reasons.substring(0, reasons.length() - 2));
    }

    static String state(CalibrationState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    static String time(Instant at) {
        return at == null ? "–" : at.toString().replace('T', ' ').replaceFirst("\\.\\d+", "").replace("Z", " UTC");
    }

    private static String withError(double value, Double error) {
        return number(value) + (error == null ? "" : " ± " + number(error));
    }

    static String number(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String p(Double value) {
        return value == null ? "–" : value < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", value);
    }
}
