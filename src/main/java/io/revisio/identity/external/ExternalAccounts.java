package io.revisio.identity.external;

import io.revisio.identity.Role;
import io.revisio.identity.account.Account;
import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.account.EmailAddress;
import io.revisio.platform.AuditEvent;
import io.revisio.platform.AuditLog;
import io.revisio.shared.problem.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which account a provider identity signs in to. A known identity signs in to its account; a signed-in
 * user links a new one to theirs; otherwise an identity whose provider vouches for the address
 * ({@code email_verified}) links to the account with that verified address, or gets a new account. An
 * address the provider does not vouch for, or an account whose address is not verified, is never linked:
 * that would let whoever controls the provider account take over someone else's.
 */
@Component
public class ExternalAccounts {

    /** What the provider told us about the person. */
    public record Claims(String provider, String subject, String email, boolean emailVerified, String name) {
    }

    private final ExternalIdentities identities;
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;

    ExternalAccounts(ExternalIdentities identities, AccountRepository accounts, AuditLog audit, Clock clock) {
        this.identities = identities;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The account to sign in to, linking or creating it as the rules above allow. */
    @Transactional
    public Account signIn(Claims claims) {
        Optional<UUID> known = identities.accountOf(claims.provider(), claims.subject());
        if (known.isPresent()) {
            return usable(accounts.findById(known.get()).orElseThrow());
        }
        if (!claims.emailVerified() || claims.email() == null || !EmailAddress.isValid(claims.email())) {
            throw refusal("unverified-email", "Your provider did not confirm your e-mail address. Register with "
                    + "e-mail and password, then link the provider from your account page.");
        }
        EmailAddress email = new EmailAddress(claims.email());
        Instant now = clock.instant();
        Account account = accounts.findByEmail(email).orElseGet(() -> create(email, claims, now));
        if (!account.isVerified()) {
            throw refusal("account-not-verified", "An account with this address exists but its address is not "
                    + "confirmed. Sign in with your password and link the provider from your account page.");
        }
        link(account.id(), claims, now);
        return usable(account);
    }

    /** Links the identity to a signed-in user's account. */
    @Transactional
    public void linkTo(UUID accountId, Claims claims) {
        Optional<UUID> known = identities.accountOf(claims.provider(), claims.subject());
        if (known.isPresent() && !known.get().equals(accountId)) {
            throw refusal("identity-taken", "This " + OAuthClients.displayName(claims.provider())
                    + " account already signs in to another Revisio account.");
        }
        if (known.isEmpty()) {
            link(accountId, claims, clock.instant());
        }
    }

    /** Unlinks a provider, unless it is the account's only way to sign in. */
    @Transactional
    public void unlink(UUID accountId, String provider) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (account.passwordHash() == null && identities.of(accountId).size() <= 1) {
            throw refusal("last-sign-in-method", "Set a password first: this is your only way to sign in.");
        }
        if (identities.unlink(accountId, provider)) {
            audit.record(AuditEvent.security("external.unlinked", accountId, accountId, Map.of("provider", provider)));
        }
    }

    private void link(UUID accountId, Claims claims, Instant now) {
        if (!identities.link(claims.provider(), claims.subject(), accountId, claims.email(), now)) {
            throw refusal("provider-already-linked", "Another " + OAuthClients.displayName(claims.provider())
                    + " account is already linked. Unlink it first.");
        }
        audit.record(AuditEvent.security("external.linked", accountId, accountId, Map.of("provider", claims.provider())));
    }

    private Account create(EmailAddress email, Claims claims, Instant now) {
        String name = claims.name() == null || claims.name().isBlank() ? email.localPart() : claims.name().trim();
        Account account = new Account(UUID.randomUUID(), email, name.length() > 100 ? name.substring(0, 100) : name,
                null, Role.STUDENT, now, null, now);
        if (!accounts.insert(account, now)) {
            return accounts.findByEmail(email).orElseThrow();
        }
        audit.record(AuditEvent.security("account.registered", account.id(), account.id(),
                Map.of("provider", claims.provider())));
        return account;
    }

    private static Account usable(Account account) {
        if (account.isDisabled()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "account-disabled", "This account is disabled.");
        }
        return account;
    }

    private static ProblemException refusal(String type, String message) {
        return new ProblemException(HttpStatus.CONFLICT, type, message);
    }
}
