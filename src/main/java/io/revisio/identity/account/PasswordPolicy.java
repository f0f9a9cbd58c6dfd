package io.revisio.identity.account;

import io.revisio.shared.problem.ProblemException;
import java.util.Locale;
import java.util.Optional;

/** What a password must be: 12–128 characters, not a common password, not built from the e-mail address. */
public final class PasswordPolicy {

    public static final int MINIMUM = 12;
    public static final int MAXIMUM = 128;

    private PasswordPolicy() {
    }

    /** Why the password is refused, or empty when it is acceptable. */
    public static Optional<String> problemWith(String password, EmailAddress email) {
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM) {
            return Optional.of("must have at least " + MINIMUM + " characters");
        }
        if (password.codePointCount(0, password.length()) > MAXIMUM) {
            return Optional.of("must have at most " + MAXIMUM + " characters");
        }
        if (CommonPasswords.contains(password)) {
            return Optional.of("is one of the most common passwords");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (email != null && (lower.contains(email.key())
                || email.localPart().length() >= 4 && lower.contains(email.localPart()))) {
            return Optional.of("must not contain your e-mail address");
        }
        return Optional.empty();
    }

    /** Throws a 400 validation problem naming {@code field} when the password is refused. */
    public static void require(String field, String password, EmailAddress email) {
        problemWith(password, email).ifPresent(problem -> {
            throw ProblemException.invalidField(field, "PasswordPolicy", problem);
        });
    }
}
