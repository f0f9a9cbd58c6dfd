package io.revisio.identity.admin;

import io.revisio.identity.Role;
import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.account.EmailVerification;
import io.revisio.identity.session.SessionRevocation;
import io.revisio.platform.AuditEvent;
import io.revisio.platform.AuditLog;
import io.revisio.shared.problem.ProblemException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin changes on an account. Each change commits together with its audit row (actor = the
 * admin); a request that changes nothing (the same role again, disabling a disabled account) leaves no
 * row. Admins cannot change their own role or disable themselves, so there is always an admin left.
 */
@Component
class UserAdministration {

    private final AdministeredAccounts accounts;
    private final AccountRepository accountRepository;
    private final SessionRevocation revocation;
    private final EmailVerification verification;
    private final UserDirectory directory;
    private final AuditLog audit;
    private final Clock clock;

    UserAdministration(AdministeredAccounts accounts, AccountRepository accountRepository,
            SessionRevocation revocation, EmailVerification verification, UserDirectory directory, AuditLog audit,
            Clock clock) {
        this.accounts = accounts;
        this.accountRepository = accountRepository;
        this.revocation = revocation;
        this.verification = verification;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new role; the account's sessions end, because their access tokens carry the old role. */
    @Transactional
    UserDetails changeRole(UUID adminId, UUID userId, Role role) {
        AdministeredAccounts.State user = lock(adminId, userId, "change your own role");
        if (user.role() != role) {
            accounts.changeRole(userId, role, clock.instant());
            List<UUID> ended = revocation.revokeAllOf(userId, null, "role changed by an admin");
            record(adminId, userId, "account.role-changed",
                    Map.of("before", user.role().name(), "after", role.name(), "sessionsEnded", ended.size()));
        }
        return current(userId);
    }

    /**
     * Disables the account and ends every session. Repeating it ends any session that a sign-in racing
     * with the first request may have started.
     */
    @Transactional
    UserDetails disable(UUID adminId, UUID userId) {
        AdministeredAccounts.State user = lock(adminId, userId, "disable your own account");
        if (!user.disabled()) {
            accounts.disable(userId, clock.instant());
        }
        List<UUID> ended = revocation.revokeAllOf(userId, null, "account disabled by an admin");
        if (!user.disabled() || !ended.isEmpty()) {
            record(adminId, userId, "account.disabled", Map.of("before", user.disabled() ? "disabled" : "enabled",
                    "after", "disabled", "sessionsEnded", ended.size()));
        }
        return current(userId);
    }

    @Transactional
    UserDetails enable(UUID adminId, UUID userId) {
        AdministeredAccounts.State user = lock(adminId, userId, null);
        if (user.disabled()) {
            accounts.enable(userId, clock.instant());
            record(adminId, userId, "account.enabled", Map.of("before", "disabled", "after", "enabled"));
        }
        return current(userId);
    }

    /** Ends every device session of the account: refresh tokens at once, access tokens on their next use. */
    @Transactional
    UserDetails signOutEverywhere(UUID adminId, UUID userId) {
        lock(adminId, userId, null);
        List<UUID> ended = revocation.revokeAllOf(userId, null, "ended by an admin");
        if (!ended.isEmpty()) {
            record(adminId, userId, "session.revoked-all",
                    Map.of("count", ended.size(), "reason", "ended by an admin"));
        }
        return current(userId);
    }

    /** A new verification link for an unverified account; the older links stop working. */
    @Transactional
    void resendVerification(UUID adminId, UUID userId) {
        lock(adminId, userId, null);
        verification.resendForAdmin(accountRepository.findById(userId).orElseThrow(UserAdministration::notFound),
                adminId);
    }

    /**
     * Locks both accounts and checks, against the database rather than the token, that the caller is still
     * an enabled admin: of two admins demoting each other at once, the second finds they no longer are.
     *
     * @param ownAccountRefusal what the admin may not do to their own account, or null when they may
     */
    private AdministeredAccounts.State lock(UUID adminId, UUID userId, String ownAccountRefusal) {
        if (ownAccountRefusal != null && adminId.equals(userId)) {
            throw new ProblemException(HttpStatus.CONFLICT, "own-account",
                    "You cannot " + ownAccountRefusal + ". Ask another admin.");
        }
        Map<UUID, AdministeredAccounts.State> locked = accounts.lock(adminId, userId);
        AdministeredAccounts.State admin = locked.get(adminId);
        if (admin == null || admin.role() != Role.ADMIN || admin.disabled()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "Your account may not manage users.");
        }
        AdministeredAccounts.State user = locked.get(userId);
        if (user == null) {
            throw notFound();
        }
        return user;
    }

    private UserDetails current(UUID userId) {
        return directory.details(userId).orElseThrow(UserAdministration::notFound);
    }

    private void record(UUID adminId, UUID userId, String action, Map<String, Object> details) {
        audit.record(AuditEvent.security(action, adminId, userId, details));
    }

    static ProblemException notFound() {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", "There is no user with this id.");
    }
}
