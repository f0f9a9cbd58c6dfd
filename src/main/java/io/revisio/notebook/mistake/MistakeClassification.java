package io.revisio.notebook.mistake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Why a question went wrong, as named rules tried in order; the first that fires classifies the mistake,
 * and the values it measured are kept with it. Plain rules, no I/O. The thresholds are documented in
 * docs/practice/mistakes.md.
 */
public final class MistakeClassification {

    /** The student's usual time is only trusted over at least this many earlier answers. */
    public static final int MIN_HISTORY = 5;
    /** Careless: answered in at most this share of the usual time... */
    public static final double CARELESS_SHARE = 0.5;
    /** ...on a question at most this difficult (1 to 5). */
    public static final int EASY_DIFFICULTY = 2;
    /** Knowledge gap: answered after at least this multiple of the usual time... */
    public static final double SLOW_FACTOR = 1.5;
    /** ...or, while the usual time is not known yet, after at least this long. */
    public static final long LONG_MS = 90_000;

    private MistakeClassification() {
    }

    public enum Rule {
        /** Left unanswered when a timed session's deadline passed. */
        RAN_OUT_OF_TIME,
        /** Left unanswered in a submitted session. */
        SKIPPED,
        /** A right answer was changed to a wrong one. */
        CHANGED_RIGHT_TO_WRONG,
        /** Wrong, much faster than usual, on an easy question. */
        CARELESS,
        /** Wrong after a long time. */
        KNOWLEDGE_GAP,
        /** Wrong at an ordinary pace: no pattern to name. */
        WRONG;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The rule a client names, or null when there is none of that name. */
        public static Rule named(String name) {
            for (Rule rule : values()) {
                if (rule.wireName().equals(name)) {
                    return rule;
                }
            }
            return null;
        }
    }

    /**
     * What is known about one wrong question.
     *
     * @param answered        false when the question was left without an answer
     * @param expired         the session ended at its deadline
     * @param previousTimesMs the student's times on answers in earlier sessions
     */
    public record Facts(boolean answered, boolean expired, boolean changedRightToWrong, int changes, long timeMs,
            Integer difficulty, List<Long> previousTimesMs) {

        public Facts {
            previousTimesMs = List.copyOf(previousTimesMs);
        }
    }

    /** The rule that fired, the values it looked at, and a sentence for the student. */
    public record Classification(Rule rule, Map<String, Object> measured, String explanation) {
    }

    public static Classification classify(Facts facts) {
        Long usual = facts.previousTimesMs().size() >= MIN_HISTORY ? median(facts.previousTimesMs()) : null;
        Map<String, Object> measured = new LinkedHashMap<>();
        measured.put("timeMs", facts.timeMs());
        if (usual != null) {
            measured.put("usualMs", usual);
        }
        measured.put("previousAnswers", facts.previousTimesMs().size());
        if (facts.difficulty() != null) {
            measured.put("difficulty", facts.difficulty());
        }
        measured.put("changes", facts.changes());
        String time = seconds(facts.timeMs());
        if (!facts.answered()) {
            return facts.expired()
                    ? of(Rule.RAN_OUT_OF_TIME, measured, "Not answered before the time ran out.")
                    : of(Rule.SKIPPED, measured, "Left unanswered when the session was submitted.");
        }
        if (facts.changedRightToWrong()) {
            return of(Rule.CHANGED_RIGHT_TO_WRONG, measured,
                    "A right answer was changed to a wrong one (" + facts.changes() + " change"
                            + (facts.changes() == 1 ? "" : "s") + ").");
        }
        if (usual != null && isCareless(facts.timeMs(), usual, facts.difficulty())) {
            return of(Rule.CARELESS, measured, "Wrong in " + time + " against a usual " + seconds(usual)
                    + " on an easy question (difficulty " + facts.difficulty() + ").");
        }
        if (usual != null ? facts.timeMs() >= SLOW_FACTOR * usual : facts.timeMs() >= LONG_MS) {
            return of(Rule.KNOWLEDGE_GAP, measured, "Wrong after " + time
                    + (usual != null ? " against a usual " + seconds(usual) : "") + ": the answer was not known.");
        }
        return of(Rule.WRONG, measured, "Wrong in " + time
                + (usual != null ? " against a usual " + seconds(usual) : "") + ".");
    }

    static boolean isCareless(long timeMs, long usualMs, Integer difficulty) {
        return difficulty != null && difficulty <= EASY_DIFFICULTY && timeMs <= CARELESS_SHARE * usualMs;
    }

    /** The median; of an even count, the mean of the middle two (rounded down). */
    public static long median(List<Long> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static Classification of(Rule rule, Map<String, Object> measured, String explanation) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("rule", rule.wireName());
        values.putAll(measured);
        return new Classification(rule, Collections.unmodifiableMap(values), explanation);
    }

    private static String seconds(long ms) {
        long tenths = Math.round(ms / 100.0);
        return (tenths % 10 == 0 ? String.valueOf(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0))
                + " s";
    }
}
