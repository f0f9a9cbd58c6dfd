package io.revisio.testing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Accounts written straight into the database, with a cheap bcrypt hash (an older scheme the application
 * still accepts), so tests can sign in with a known password without registering first.
 */
public final class TestAccounts {

    private static final BCryptPasswordEncoder CHEAP = new BCryptPasswordEncoder(4);

    private TestAccounts() {
    }

    /** A verified student with this address and password. */
    public static UUID create(JdbcClient jdbc, String email, String password) {
        return create(jdbc, email, password, true);
    }

    public static UUID create(JdbcClient jdbc, String email, String password, boolean verified) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO identity.account (id, email, email_key, display_name, password_hash, role,
                                                      email_verified_at, created_at, updated_at)
                        VALUES (:id, :email, lower(:email), 'Test person', :hash, 'STUDENT', :verified, now(), now())
                        """)
                .param("id", id).param("email", email).param("hash", "{bcrypt}" + CHEAP.encode(password))
                .param("verified", verified ? Timestamp.from(Instant.now()) : null)
                .update();
        return id;
    }
}
