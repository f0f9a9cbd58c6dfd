package io.revisio.identity.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address as typed, and the key that makes it unique regardless of case. */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

    public EmailAddress {
        value = value == null ? "" : value.trim();
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not an e-mail address");
        }
    }

    public static boolean isValid(String text) {
        try {
            new EmailAddress(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    public String localPart() {
        return key().substring(0, key().indexOf('@'));
    }
}
