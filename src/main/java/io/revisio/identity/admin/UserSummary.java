package io.revisio.identity.admin;

import io.revisio.identity.Role;
import io.revisio.identity.account.Account;
import java.time.Instant;
import java.util.UUID;

/** One account as the user list shows it; never a password hash or token. */
record UserSummary(UUID id, String email, String displayName, Role role, boolean emailVerified, boolean disabled,
        Instant createdAt) {

    static UserSummary of(Account account) {
        return new UserSummary(account.id(), account.email().value(), account.displayName(), account.role(),
                account.isVerified(), account.isDisabled(), account.createdAt());
    }
}
