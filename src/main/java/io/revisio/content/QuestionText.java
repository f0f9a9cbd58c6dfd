package io.revisio.content;

import gg.jte.Content;
import io.revisio.content.rendering.QuestionMarkdown;

/**
 * Question text (stems, options, explanations) as safe HTML for other modules' pages, rendered exactly as the
 * question bank's own preview renders it.
 */
public final class QuestionText {

    private QuestionText() {
    }

    /** The Markdown as sanitised HTML template content; empty for null or blank text. */
    public static Content render(String markdown) {
        return QuestionMarkdown.render(markdown);
    }
}
