package io.revisio.identity.external;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Provider identities (provider + subject) and the accounts they sign in to. */
@Repository
public class ExternalIdentities {

    /** One linked identity, as shown on the profile page. */
    public record Linked(String provider, String email, Instant linkedAt) {
    }

    private final JdbcClient jdbc;

    ExternalIdentities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UUID> accountOf(String provider, String subject) {
        return jdbc.sql("SELECT account_id FROM identity.external_identity WHERE provider = :p AND subject = :s")
                .param("p", provider).param("s", subject).query(UUID.class).optional();
    }

    /** Links the identity; false when it or the account's link to this provider already exists. */
    boolean link(String provider, String subject, UUID accountId, String email, Instant now) {
        return jdbc.sql("""
                        INSERT INTO identity.external_identity (provider, subject, account_id, email, linked_at)
                        VALUES (:p, :s, :account, :email, :now)
                        ON CONFLICT DO NOTHING
                        """)
                .param("p", provider).param("s", subject).param("account", accountId).param("email", email)
                .param("now", Timestamp.from(now)).update() == 1;
    }

    public List<Linked> of(UUID accountId) {
        return jdbc.sql("SELECT provider, email, linked_at FROM identity.external_identity WHERE account_id = :a "
                        + "ORDER BY provider")
                .param("a", accountId)
                .query((row, n) -> new Linked(row.getString("provider"), row.getString("email"),
                        row.getTimestamp("linked_at").toInstant()))
                .list();
    }

    boolean unlink(UUID accountId, String provider) {
        return jdbc.sql("DELETE FROM identity.external_identity WHERE account_id = :a AND provider = :p")
                .param("a", accountId).param("p", provider).update() == 1;
    }
}
