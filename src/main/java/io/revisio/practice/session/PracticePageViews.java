package io.revisio.practice.session;

import io.revisio.practice.pool.PoolCounts;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the student's practice pages show, as plain values the templates read. Option places are as shown
 * (0 = first shown, lettered A, B, C ...); positions on the pages count from 1.
 */
public final class PracticePageViews {

    private static final String LETTERS = "ABCDEFGH";

    private PracticePageViews() {
    }

    public static String letter(int place) {
        return place >= 0 && place < LETTERS.length() ? String.valueOf(LETTERS.charAt(place))
                : String.valueOf(place + 1);
    }

    public static String percent(double percent) {
        return (percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent)) + "%";
    }

    public static String duration(long millis) {
        long seconds = Math.round(millis / 1000.0);
        return seconds < 60 ? seconds + " s" : (seconds / 60) + " min " + (seconds % 60) + " s";
    }

    /** @param percent null while the session has no result */
    public record SessionLine(UUID id, String mode, boolean timed, String state, String createdAt, int count,
            int answered, String score) {

        /** The mode in words, e.g. Timed exam. */
        public String modeName() {
            return PracticePageViews.modeName(mode, timed);
        }
    }

    public static String modeName(String mode, boolean timed) {
        return switch (mode) {
            case "TUTOR" -> "Tutor";
            case "ADAPTIVE" -> "Adaptive";
            default -> timed ? "Timed exam" : "Untimed exam";
        };
    }

    public record Dashboard(List<SessionLine> inProgress, List<SessionLine> finished) {
    }

    /** @param error why the last attempt to build was refused, or null */
    public record Builder(String mode, boolean timed, Set<String> pools, Set<Integer> difficulties, Set<UUID> nodes,
            int count, Picker picker, String error) {

        public boolean pool(String name) {
            return pools.contains(name);
        }
    }

    /** The syllabus with how many questions each node offers for the chosen pools and difficulties. */
    public record Picker(long available, List<PoolCounts.Branch> years, Set<UUID> chosen, String error) {
    }

    /**
     * @param mode        the mode's name as the player bar shows it, e.g. Timed exam
     * @param tutor       whether each answer gets its feedback at once (tutor and adaptive)
     * @param secondsLeft for a timed exam: the seconds the server says remain; null when untimed
     * @param answerId    a fresh id for the next answer this form sends; a resent form repeats it
     * @param pausable whether the mode allows a pause
     * @param paused   the question is hidden until the student resumes
     */
    public record Player(UUID id, String mode, boolean tutor, boolean timed, boolean pausable, boolean paused,
            Long secondsLeft, int position, int count, int asked, long answered, Question question, List<Step> steps,
            boolean confirm, String error, UUID answerId) {

        public boolean fewerThanAsked() {
            return count < asked;
        }

        public long unanswered() {
            return count - answered;
        }

        public long flagged() {
            return steps.stream().filter(Step::flagged).count();
        }
    }

    /** One question in the list for jumping around. */
    public record Step(int position, boolean answered, boolean flagged) {
    }

    /**
     * @param feedback tutor and adaptive mode, once answered
     * @param why      adaptive mode: why the question was chosen, in words; null otherwise
     */
    public record Question(UUID questionId, String stem, List<Option> options, Integer chosen, boolean flagged,
            boolean locked, Feedback feedback, String why) {
    }

    public record Option(int place, String text, boolean chosen, boolean struck) {

        public String letter() {
            return PracticePageViews.letter(place);
        }
    }

    public record Feedback(boolean correct, int correctOption, String explanation) {

        public String correctLetter() {
            return letter(correctOption);
        }
    }

    public record Score(int correct, int total, String percent) {
    }

    public record Part(String code, String name, Score score) {
    }

    public record Results(UUID id, String state, Score score, List<Part> blocks, List<Part> themes) {
    }

    public record Review(UUID id, String filter, Score score, List<ReviewQuestion> questions) {
    }

    public record ReviewQuestion(int position, UUID questionId, String stem, List<ReviewOption> options,
            Integer yourOption,
            int correctOption, boolean correct, String explanation, List<String> references, String time,
            boolean flagged, long chosenByPeers) {

        public String yourLetter() {
            return yourOption == null ? null : letter(yourOption);
        }

        public String correctLetter() {
            return letter(correctOption);
        }
    }

    /** @param share the part of students' final answers that chose it, e.g. "35%"; null before any */
    public record ReviewOption(int place, String text, boolean correct, boolean yours, String share) {

        public String letter() {
            return PracticePageViews.letter(place);
        }
    }
}
