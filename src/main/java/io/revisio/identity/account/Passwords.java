package io.revisio.identity.account;

import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password hashing: Argon2id with OWASP's recommended parameters (19 MiB memory, 2 iterations,
 * parallelism 1, 16-byte salt, 32-byte hash). Hashes made by other encoders or with other parameters
 * (for example imported bcrypt hashes) still verify and are replaced on the next successful sign-in.
 *
 * <p>At most one hash per processor runs at a time; the others wait their turn. A hash is memory-hard
 * work that cannot go faster than a core, so a wave of sign-ins run all at once would only share the
 * processors out among themselves and everyone else's requests, and churn memory, without any sign-in
 * finishing sooner.
 */
@Component
public class Passwords {

    static final String ARGON2 = "argon2";

    private final PasswordEncoder encoder = new DelegatingPasswordEncoder(ARGON2, Map.of(
            ARGON2, new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2),
            "bcrypt", new BCryptPasswordEncoder()));

    private final Semaphore turns = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    /** A hash of a password nobody has, checked when an account is unknown so both paths take as long. */
    private final String decoy = encoder.encode("decoy-password-that-no-account-has");

    public String hash(String password) {
        return inTurn(() -> encoder.encode(password));
    }

    public boolean matches(String password, String hash) {
        return hash != null && inTurn(() -> encoder.matches(password, hash));
    }

    public void spendTheTimeOfACheck(String password) {
        inTurn(() -> encoder.matches(password, decoy));
    }

    public boolean needsRehash(String hash) {
        return encoder.upgradeEncoding(hash);
    }

    private <T> T inTurn(Supplier<T> hashing) {
        turns.acquireUninterruptibly();
        try {
            return hashing.get();
        } finally {
            turns.release();
        }
    }
}
