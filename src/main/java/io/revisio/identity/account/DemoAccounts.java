package io.revisio.identity.account;

import io.revisio.identity.DemoAccountLookup;
import io.revisio.identity.Role;
import io.revisio.shared.seed.DemoData;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One verified demo account per role, all with the same password (never in production). */
@Component
@Order(DemoData.FOUNDATION)
class DemoAccounts implements DemoData, DemoAccountLookup {

    static final String PASSWORD = "revisio-demo-pass";
    static final String DOMAIN = "demo.revisio.test";

    private final AccountRepository accounts;
    private final Passwords passwords;
    private final Clock clock;

    DemoAccounts(AccountRepository accounts, Passwords passwords, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "demo accounts";
    }

    @Override
    @Transactional
    public void load() {
        Instant now = clock.instant();
        for (Role role : Role.values()) {
            EmailAddress email = emailOf(role);
            if (accounts.findByEmail(email).isEmpty()) {
                String name = "Demo " + role.name().charAt(0) + role.name().substring(1).toLowerCase(Locale.ROOT);
                accounts.insert(new Account(idOf(role), email, name, passwords.hash(PASSWORD), role, now, null, now), now);
            }
        }
    }

    @Override
    public Optional<UUID> demoAccount(Role role) {
        return accounts.findByEmail(emailOf(role)).map(Account::id);
    }

    @Override
    public List<String> announcement() {
        return List.of("Demo accounts (password " + PASSWORD + "): "
                + String.join(", ", List.of(Role.values()).stream().map(role -> emailOf(role).value()).toList()));
    }

    static EmailAddress emailOf(Role role) {
        return new EmailAddress(role.name().toLowerCase(Locale.ROOT) + "@" + DOMAIN);
    }

    private static UUID idOf(Role role) {
        return UUID.nameUUIDFromBytes(("revisio-demo-account:" + role).getBytes(StandardCharsets.UTF_8));
    }
}
