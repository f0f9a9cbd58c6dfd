package io.revisio.testing;

import io.revisio.identity.Role;
import io.revisio.identity.account.Account;
import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.account.EmailAddress;
import io.revisio.identity.session.SessionTokens;
import io.revisio.identity.session.TokenPair;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Verified accounts with fresh device sessions, for tests that need a signed-in caller of some role
 * without spending a password hash on every sign-in.
 */
@Component
public class SignedInUsers {

    private final AccountRepository accounts;
    private final SessionTokens sessions;

    public SignedInUsers(AccountRepository accounts, SessionTokens sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    /** A new session for the role's test account (created on first use, password "not-used-in-tests"). */
    public TokenPair as(Role role) {
        EmailAddress email = new EmailAddress(role.name().toLowerCase(Locale.ROOT) + "@users.revisio.test");
        Account account = accounts.findByEmail(email).orElseGet(() -> {
            Instant now = Instant.now();
            accounts.insert(new Account(UUID.randomUUID(), email, "Test " + role, null, role, now, null, now), now);
            return accounts.findByEmail(email).orElseThrow();
        });
        return sessions.start(account, "test device", "127.0.0.1");
    }
}
