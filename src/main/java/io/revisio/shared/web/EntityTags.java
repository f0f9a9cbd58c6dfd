package io.revisio.shared.web;

import java.util.OptionalLong;

/** A version number as an HTTP entity tag (syllabus nodes, questions), and back from an If-Match header. */
public final class EntityTags {

    private EntityTags() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an If-Match names; empty for {@code *} (any version). A value that is not one of our
     * tags yields -1, which matches no version, so the edit is refused as stale (412), as RFC 9110 asks.
     */
    public static OptionalLong fromIfMatch(String ifMatch) {
        String tag = ifMatch.strip();
        if (tag.equals("*")) {
            return OptionalLong.empty();
        }
        if (tag.startsWith("W/")) {
            tag = tag.substring(2); // If-Match compares strongly, but our tags are the same either way
        }
        if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            return OptionalLong.of(-1);
        }
        try {
            return OptionalLong.of(Long.parseLong(tag.substring(1, tag.length() - 1)));
        } catch (NumberFormatException e) {
            return OptionalLong.of(-1);
        }
    }
}
