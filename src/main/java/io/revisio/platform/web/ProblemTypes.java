package io.revisio.platform.web;

import java.net.URI;
import java.util.Map;

/** Stable problem type URIs, one per kind of error, so clients can branch on them. */
public final class ProblemTypes {

    public static final URI VALIDATION = type("validation-failed");

    private static final Map<Integer, URI> BY_STATUS = Map.ofEntries(
            Map.entry(400, type("bad-request")),
            Map.entry(401, type("unauthenticated")),
            Map.entry(403, type("forbidden")),
            Map.entry(404, type("not-found")),
            Map.entry(405, type("method-not-allowed")),
            Map.entry(406, type("not-acceptable")),
            Map.entry(409, type("conflict")),
            Map.entry(412, type("precondition-failed")),
            Map.entry(413, type("payload-too-large")),
            Map.entry(415, type("unsupported-media-type")),
            Map.entry(429, type("rate-limited")),
            Map.entry(503, type("unavailable")));

    private static final URI INTERNAL = type("internal-error");
    private static final URI OTHER_CLIENT_ERROR = type("client-error");

    private ProblemTypes() {
    }

    /** The type URI for a named kind of problem, e.g. {@code email-not-verified}. */
    public static URI named(String name) {
        return type(name);
    }

    public static URI forStatus(int status) {
        return BY_STATUS.getOrDefault(status, status >= 500 ? INTERNAL : OTHER_CLIENT_ERROR);
    }

    private static URI type(String name) {
        return URI.create("urn:revisio:problem:" + name);
    }
}
