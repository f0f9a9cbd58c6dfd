package io.revisio.identity.account;

import io.revisio.identity.Role;
import java.time.Instant;
import java.util.UUID;

/** A person's account. */
public record Account(UUID id, EmailAddress email, String displayName, String passwordHash, Role role,
        Instant emailVerifiedAt, Instant disabledAt, Instant createdAt) {

    public boolean isVerified() {
        return emailVerifiedAt != null;
    }

    public boolean isDisabled() {
        return disabledAt != null;
    }

    public boolean canSignIn() {
        return isVerified() && !isDisabled() && passwordHash != null;
    }
}
