package io.revisio.content.rendering;

import gg.jte.Content;
import java.util.List;

/**
 * One question version as a student sees it: the stem and lettered options, and, once answered, the
 * correct option, the explanation and where it comes from. Text is Markdown, rendered safely.
 *
 * @param reveal what a student sees after answering, or null before
 */
public record QuestionCard(String stem, List<String> options, Reveal reveal) {

    private static final String LETTERS = "ABCDEFGH";

    /** @param correct the index of the correct option, or -1 when none is marked yet */
    public record Reveal(int correct, String explanation, List<Reference> references) {
    }

    /** A source of the explanation; the address is only ever an http(s) link. */
    public record Reference(String source, String page, String url) {

        public String safeUrl() {
            return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
        }
    }

    public QuestionCard {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** A, B, C ... for the option at that index. */
    public static String letter(int index) {
        return index >= 0 && index < LETTERS.length() ? String.valueOf(LETTERS.charAt(index))
                : String.valueOf(index + 1);
    }

    public static Content markdown(String text) {
        return QuestionMarkdown.render(text);
    }
}
