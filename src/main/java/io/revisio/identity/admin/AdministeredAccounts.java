package io.revisio.identity.admin;

import io.revisio.identity.Role;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The account rows an admin changes: locked for the change, then updated. */
@Repository
class AdministeredAccounts {

    /** What an admin's change depends on, read under the row lock. */
    record State(UUID id, Role role, boolean verified, boolean disabled) {
    }

    private final JdbcClient jdbc;

    AdministeredAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the rows of the admin and of the account they change until the transaction ends, in id order,
     * so that two admins changing each other at the same moment take turns instead of deadlocking (and the
     * second one sees what the first did). Ids without an account are missing from the answer.
     */
    Map<UUID, State> lock(UUID admin, UUID account) {
        List<State> states = jdbc.sql("""
                        SELECT id, role, email_verified_at IS NOT NULL AS verified, disabled_at IS NOT NULL AS disabled
                        FROM identity.account WHERE id IN (:ids) ORDER BY id FOR NO KEY UPDATE
                        """)
                .param("ids", List.of(admin, account))
                .query((row, n) -> new State(row.getObject("id", UUID.class), Role.valueOf(row.getString("role")),
                        row.getBoolean("verified"), row.getBoolean("disabled")))
                .list();
        return states.stream().collect(Collectors.toMap(State::id, Function.identity()));
    }

    void changeRole(UUID id, Role role, Instant now) {
        jdbc.sql("UPDATE identity.account SET role = :role, updated_at = :now WHERE id = :id")
                .param("id", id).param("role", role.name()).param("now", Timestamp.from(now)).update();
    }

    void disable(UUID id, Instant now) {
        jdbc.sql("UPDATE identity.account SET disabled_at = :now, updated_at = :now WHERE id = :id")
                .param("id", id).param("now", Timestamp.from(now)).update();
    }

    void enable(UUID id, Instant now) {
        jdbc.sql("UPDATE identity.account SET disabled_at = NULL, updated_at = :now WHERE id = :id")
                .param("id", id).param("now", Timestamp.from(now)).update();
    }
}
