package io.revisio.content.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Question Markdown becomes HTML that keeps its structure and loses everything that could run or leak. */
class QuestionMarkdownTest {

    private static final String MEDIA = "/media/" + "ab12".repeat(16);

    @Test
    void ordinaryMarkupIsKept() {
        String html = QuestionMarkdown.html("""
                A *tired* patient with **pallor**.

                1. first
                2. second

                - one
                - two

                Use `ATP` here.

                ```
                code block
                ```
                """);
        assertThat(html).contains("<p>A <em>tired</em> patient with <strong>pallor</strong>.</p>")
                .contains("<ol>").contains("<li>first</li>")
                .contains("<ul>").contains("<li>one</li>").contains("<code>ATP</code>")
                .contains("<pre><code>code block");
    }

    @Test
    void tablesAreKept() {
        String html = QuestionMarkdown.html("""
                | drug | dose |
                |------|-----:|
                | A    | 5 mg |
                """);
        assertThat(html).contains("<table>").contains("<th>drug</th>").contains("<td align=\"right\">5 mg</td>");
    }

    @Test
    void scriptsAreRemoved() {
        String html = QuestionMarkdown.html("Hello <script>alert('x')</script> world\n\n<script>steal()</script>");
        assertThat(html).doesNotContain("<script").doesNotContain("alert").doesNotContain("steal")
                .contains("Hello").contains("world");
    }

    @Test
    void javascriptLinksAreRemovedAndWebLinksMadeSafe() {
        String html = QuestionMarkdown.html("[bad](javascript:alert(1)) and <a href=\"JaVaScRiPt:alert(2)\">raw</a> "
                + "and [good](https://example.org/page)");
        assertThat(html).doesNotContainIgnoringCase("javascript").contains("bad").contains("raw")
                // the sanitiser writes the two rel values in either order
                .containsPattern("<a href=\"https://example.org/page\" rel=\"(nofollow noopener|noopener nofollow)\">good</a>");
        assertThat(QuestionMarkdown.html("[data](data:text/html;base64,PHNjcmlwdD4=)")).doesNotContain("data:");
    }

    @Test
    void eventHandlerAttributesAreRemoved() {
        String html = QuestionMarkdown.html("<p onclick=\"evil()\">text</p> <img src=\"" + MEDIA
                + "\" onerror=\"evil()\" alt=\"x\"> <a href=\"https://a.example\" onmouseover=\"evil()\">a</a>");
        assertThat(html).doesNotContain("onclick").doesNotContain("onerror").doesNotContain("onmouseover")
                .doesNotContain("evil").contains("text");
    }

    @Test
    void onlyImagesFromTheMediaStoreAreKept() {
        assertThat(QuestionMarkdown.html("![An ECG](" + MEDIA + ")"))
                .contains("<img src=\"" + MEDIA + "\" alt=\"An ECG\" />");
        assertThat(QuestionMarkdown.html("![tracker](https://evil.example/pixel.png)")).doesNotContain("<img")
                .doesNotContain("evil.example");
        assertThat(QuestionMarkdown.html("![x](//evil.example" + MEDIA + ")")).doesNotContain("<img");
        assertThat(QuestionMarkdown.html("![x](" + MEDIA.toUpperCase() + ")")).doesNotContain("<img");
        assertThat(QuestionMarkdown.html("![x](" + MEDIA + "?x=1)")).doesNotContain("<img");
        assertThat(QuestionMarkdown.html("<img src=\"" + MEDIA + "\" style=\"width:9999px\" title=\"t\">"))
                .doesNotContain("style").doesNotContain("title");
    }

    @Test
    void blankTextIsEmpty() {
        assertThat(QuestionMarkdown.html(null)).isEmpty();
        assertThat(QuestionMarkdown.html("  \n")).isEmpty();
    }
}
