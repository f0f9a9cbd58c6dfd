package io.revisio.identity.account;

import io.revisio.platform.AuditEvent;
import io.revisio.platform.AuditLog;
import io.revisio.shared.problem.ProblemException;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Renaming an account: 1–100 characters after trimming, audited with before and after. */
@Component
public class ProfileEditing {

    public static final int LONGEST_NAME = 100;

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;

    ProfileEditing(AccountRepository accounts, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void rename(UUID accountId, String displayName) {
        String name = displayName == null ? "" : displayName.trim();
        if (name.isEmpty() || name.length() > LONGEST_NAME) {
            throw ProblemException.invalidField("displayName", "Size", "must have 1 to " + LONGEST_NAME + " characters");
        }
        Account account = accounts.findById(accountId).orElseThrow();
        accounts.rename(accountId, name, clock.instant());
        audit.record(AuditEvent.security("profile.updated", accountId, accountId,
                Map.of("before", Map.of("displayName", account.displayName()), "after", Map.of("displayName", name))));
    }
}
