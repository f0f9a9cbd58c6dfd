package io.revisio.identity.admin;

import java.util.Locale;

/**
 * Where an account stands, as an admin filters for it. Every account has exactly one status: a disabled
 * account counts as disabled whether or not its address was verified.
 */
enum AccountStatus {

    ACTIVE("email_verified_at IS NOT NULL AND disabled_at IS NULL"),
    UNVERIFIED("email_verified_at IS NULL AND disabled_at IS NULL"),
    DISABLED("disabled_at IS NOT NULL");

    /** A constant SQL condition on identity.account; never built from input. */
    final String condition;

    AccountStatus(String condition) {
        this.condition = condition;
    }

    static AccountStatus parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    /** The status of one account, by the same rules as the conditions above. */
    static AccountStatus of(boolean verified, boolean disabled) {
        return disabled ? DISABLED : verified ? ACTIVE : UNVERIFIED;
    }

    /** The word the filter takes and the pages show. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
