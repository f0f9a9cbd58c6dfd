package io.revisio.content.rendering;

import gg.jte.Content;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Question text (stems, options, explanations) from Markdown to HTML that is safe to show to anyone. The
 * Markdown may contain raw HTML, so every rendering goes through an allow-list: text structure, code,
 * tables, http(s) links that cannot act as the site, and images only from Revisio's own media store.
 * Public within the content module: the editor preview and the practice player show questions alike.
 */
public final class QuestionMarkdown {

    /** The only images allowed: media stored by the SHA-256 of their bytes. */
    static final Pattern MEDIA = Pattern.compile("^/media/[0-9a-f]{64}$");

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "em", "strong", "del", "s", "sub", "sup", "blockquote", "hr",
                    "ul", "ol", "li", "code", "pre", "h3", "h4", "h5", "h6",
                    "table", "thead", "tbody", "tr", "th", "td")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,6}")).onElements("ol")
            .allowAttributes("align").matching(Pattern.compile("left|right|center")).onElements("th", "td")
            .allowElements("a")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("http", "https")
            .requireRelsOnLinks("nofollow", "noopener")
            // an image whose address was refused goes altogether, not as an empty frame
            .allowElements((name, attributes) -> attributes.contains("src") ? name : null, "img")
            .allowAttributes("src").matching(MEDIA).onElements("img")
            .allowAttributes("alt").onElements("img")
            .toFactory();

    private QuestionMarkdown() {
    }

    /** The Markdown as sanitised HTML; an empty string for null or blank text. */
    public static String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String raw = RENDERER.render(PARSER.parse(markdown));
        return POLICY.sanitize(raw).strip();
    }

    /** The sanitised HTML as template content, so a jte template outputs it unescaped. */
    public static Content render(String markdown) {
        String html = html(markdown);
        return output -> output.writeContent(html);
    }
}
