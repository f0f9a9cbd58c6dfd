package io.revisio.content.media;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Images referenced from question Markdown as {@code /media/<sha256>}. When a question version is written,
 * each reference must be in the library, and the version's use of it is recorded, which is what lets a
 * student fetch the image once that version is published.
 */
@Component
public class MediaReferences {

    private static final Pattern REFERENCE = Pattern.compile("/media/([0-9a-f]{64})(?![0-9a-fA-F])");

    private final MediaRepository media;

    MediaReferences(MediaRepository media) {
        this.media = media;
    }

    /** The hashes referenced in the text, in order of first appearance. */
    public static List<String> in(String markdown) {
        Set<String> found = new LinkedHashSet<>();
        if (markdown != null) {
            Matcher matcher = REFERENCE.matcher(markdown);
            while (matcher.find()) {
                found.add(matcher.group(1));
            }
        }
        return List.copyOf(found);
    }

    /**
     * Records which images a new version shows; refuses with a 400 on the first field that refers to an
     * image the library does not have. Call it inside the transaction that writes the version.
     *
     * @param markdownByField the version's Markdown texts by field name, e.g. {@code options[1].text}
     */
    public void recordFor(UUID versionId, Map<String, String> markdownByField) {
        Set<String> all = new LinkedHashSet<>();
        markdownByField.values().forEach(text -> all.addAll(in(text)));
        Set<String> unknown = media.unknown(all);
        if (!unknown.isEmpty()) {
            markdownByField.forEach((field, text) -> in(text).stream().filter(unknown::contains).findFirst()
                    .ifPresent(sha256 -> {
                        throw MediaProblems.unknownMedia(field, sha256);
                    }));
        }
        media.recordUse(versionId, all);
    }
}
