package io.revisio.shared.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Rules that tell a usable production secret from a missing, short or placeholder one. */
public final class SecretStrength {

    public static final int MINIMUM_BYTES = 32;

    /** Words that mark a value somebody meant to replace. */
    private static final List<String> PLACEHOLDERS = List.of(
            "changeme", "change_me", "change-me", "replaceme", "replace_me", "placeholder", "example",
            "secret", "password", "passwd", "test", "dummy", "default", "todo", "xxx");

    /** Fewer distinct characters than this means a repeated pattern, not a random secret. */
    private static final int MINIMUM_DISTINCT_CHARACTERS = 10;

    private SecretStrength() {
    }

    /** Why the secret is unusable in production, or empty when it is fine. Never mentions the value. */
    public static Optional<String> weaknessOf(Secret secret) {
        if (!secret.isPresent()) {
            return Optional.of("is missing");
        }
        if (secret.bytes().length < MINIMUM_BYTES) {
            return Optional.of("is shorter than " + MINIMUM_BYTES + " bytes");
        }
        String lower = secret.value().toLowerCase(Locale.ROOT);
        if (PLACEHOLDERS.stream().anyMatch(lower::contains)) {
            return Optional.of("looks like a placeholder; generate a random value");
        }
        if (secret.value().chars().distinct().count() < MINIMUM_DISTINCT_CHARACTERS) {
            return Optional.of("repeats too few characters to be random; generate a random value");
        }
        return Optional.empty();
    }
}
