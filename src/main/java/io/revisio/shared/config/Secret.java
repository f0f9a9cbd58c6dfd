package io.revisio.shared.config;

import java.nio.charset.StandardCharsets;

/**
 * A configured secret. Its {@link #toString()} never shows the value, so a secret can be logged,
 * bound or put into an error message by mistake without leaking.
 */
public record Secret(String value) {

    public static final Secret NONE = new Secret("");

    public Secret {
        value = value == null ? "" : value;
    }

    public boolean isPresent() {
        return !value.isBlank();
    }

    public byte[] bytes() {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return isPresent() ? "[secret]" : "[empty]";
    }
}
