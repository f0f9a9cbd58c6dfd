package io.revisio.content.question;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed between two texts, as runs of kept, deleted and inserted text. Texts are compared word by
 * word (a word, a run of spaces or one punctuation mark is a token) through their longest common
 * subsequence. The common start and end are set aside first, so a small edit to a long text stays cheap;
 * where the rest would still need too large a table, lines are compared instead, and failing that the
 * whole middle is shown as replaced. Joining the equal and deleted runs always gives the old text back,
 * and the equal and inserted runs the new one.
 */
public final class TextDiff {

    public static final String EQUAL = "equal";
    public static final String INSERT = "insert";
    public static final String DELETE = "delete";

    /** Cells of the comparison table allowed for one diff (4 bytes each). */
    static final long MAX_CELLS = 4_000_000;

    private static final Pattern WORDS = Pattern.compile("\\s+|[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");
    private static final Pattern LINES = Pattern.compile("[^\\n]*\\n|[^\\n]+");

    /** One run of text: {@code op} is {@value #EQUAL}, {@value #INSERT} or {@value #DELETE}. */
    public record Segment(String op, String text) {

        public boolean inserted() {
            return INSERT.equals(op);
        }

        public boolean deleted() {
            return DELETE.equals(op);
        }
    }

    private TextDiff() {
    }

    /** The runs that turn {@code before} into {@code after}; empty when both are empty. */
    static List<Segment> between(String before, String after) {
        String a = before == null ? "" : before;
        String b = after == null ? "" : after;
        List<Segment> words = diff(tokens(a, WORDS), tokens(b, WORDS));
        if (words != null) {
            return words;
        }
        List<Segment> lines = diff(tokens(a, LINES), tokens(b, LINES));
        return lines != null ? lines : replaced(List.of(a), List.of(b));
    }

    /** The runs between two token lists, or null when the table for their differing middle is too large. */
    static List<Segment> diff(List<String> a, List<String> b) {
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<String> middleA = a.subList(start, endA);
        List<String> middleB = b.subList(start, endB);
        if ((long) (middleA.size() + 1) * (middleB.size() + 1) > MAX_CELLS) {
            return null;
        }
        Runs runs = new Runs();
        a.subList(0, start).forEach(token -> runs.add(EQUAL, token));
        commonSubsequence(middleA, middleB, runs);
        a.subList(endA, a.size()).forEach(token -> runs.add(EQUAL, token));
        return runs.segments();
    }

    /**
     * The classic dynamic programme: {@code kept[i][j]} is the length of the longest common subsequence of
     * a[i..] and b[j..]. Walking it from the start keeps what both share; where they differ, a deletion is
     * preferred to an insertion on ties, so a replaced word reads old, then new.
     */
    private static void commonSubsequence(List<String> a, List<String> b, Runs runs) {
        int n = a.size();
        int m = b.size();
        int width = m + 1;
        int[] kept = new int[(n + 1) * width];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                kept[i * width + j] = a.get(i).equals(b.get(j)) ? kept[(i + 1) * width + j + 1] + 1
                        : Math.max(kept[(i + 1) * width + j], kept[i * width + j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                runs.add(EQUAL, a.get(i++));
                j++;
            } else if (kept[(i + 1) * width + j] >= kept[i * width + j + 1]) {
                runs.add(DELETE, a.get(i++));
            } else {
                runs.add(INSERT, b.get(j++));
            }
        }
        while (i < n) {
            runs.add(DELETE, a.get(i++));
        }
        while (j < m) {
            runs.add(INSERT, b.get(j++));
        }
    }

    private static List<Segment> replaced(List<String> a, List<String> b) {
        Runs runs = new Runs();
        a.forEach(token -> runs.add(DELETE, token));
        b.forEach(token -> runs.add(INSERT, token));
        return runs.segments();
    }

    static List<String> tokens(String text, Pattern pattern) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** Segments being built: a token with the same op as the last run joins it. */
    private static final class Runs {
        private final List<String> ops = new ArrayList<>();
        private final List<StringBuilder> texts = new ArrayList<>();

        void add(String op, String token) {
            if (token.isEmpty()) {
                return;
            }
            int last = ops.size() - 1;
            if (last >= 0 && ops.get(last).equals(op)) {
                texts.get(last).append(token);
            } else {
                ops.add(op);
                texts.add(new StringBuilder(token));
            }
        }

        List<Segment> segments() {
            List<Segment> segments = new ArrayList<>();
            for (int i = 0; i < ops.size(); i++) {
                segments.add(new Segment(ops.get(i), texts.get(i).toString()));
            }
            return segments;
        }
    }
}
