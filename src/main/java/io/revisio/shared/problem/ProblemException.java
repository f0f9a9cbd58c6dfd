package io.revisio.shared.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A failure a client must be told about, as problem+json: an HTTP status, a stable type name (the last
 * part of {@code urn:revisio:problem:<type>}), a message for people, and optional extra members.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ProblemException(HttpStatus status, String type, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
    }

    /** 400 naming one invalid field, shaped like every other validation failure. */
    public static ProblemException invalidField(String field, String code, String message) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "validation-failed", "The request has invalid fields.")
                .with("errors", java.util.List.of(Map.of("field", field, "code", code, "message", message)));
    }

    public ProblemException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public ProblemException header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public Map<String, Object> properties() {
        return Map.copyOf(properties);
    }

    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }
}
