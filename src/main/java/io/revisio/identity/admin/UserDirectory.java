package io.revisio.identity.admin;

import io.revisio.identity.Role;
import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.session.AccountSessions;
import io.revisio.shared.paging.Page;
import io.revisio.shared.paging.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finding accounts for admins: the filtered, paged user list and one user with their device sessions. */
@Component
class UserDirectory {

    private static final String COLUMNS = "id, email, display_name, role, email_verified_at, disabled_at, created_at";

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final AccountSessions sessions;

    UserDirectory(JdbcClient jdbc, AccountRepository accounts, AccountSessions sessions) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.sessions = sessions;
    }

    /**
     * Newest accounts first (ties broken by id, so pages never overlap or skip). The WHERE clause is made
     * of constant conditions only; every value from the query is a bound parameter.
     */
    @Transactional(readOnly = true)
    Page<UserSummary> search(UserSearch search) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        search.text().ifPresent(text -> {
            conditions.add("(email ILIKE :pattern ESCAPE '\\' OR display_name ILIKE :pattern ESCAPE '\\')");
            params.put("pattern", "%" + escapeLike(text) + "%");
        });
        search.roleFilter().ifPresent(role -> {
            conditions.add("role = :role");
            params.put("role", role.name());
        });
        search.statusFilter().ifPresent(status -> conditions.add(status.condition));
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);

        PageRequest paging = search.paging();
        long total = jdbc.sql("SELECT count(*) FROM identity.account" + where)
                .params(params).query(Long.class).single();
        List<UserSummary> items = jdbc.sql("SELECT " + COLUMNS + " FROM identity.account" + where
                        + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", paging.size()).param("offset", paging.offset())
                .query(UserDirectory::summary).list();
        return Page.of(items, paging, total);
    }

    @Transactional(readOnly = true)
    Optional<UserDetails> details(UUID id) {
        return accounts.findById(id).map(account -> UserDetails.of(account, sessions.list(id)));
    }

    /** Makes %, _ and \ in the search text match themselves instead of acting as wildcards. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static UserSummary summary(ResultSet row, int number) throws SQLException {
        return new UserSummary(row.getObject("id", UUID.class), row.getString("email"),
                row.getString("display_name"), Role.valueOf(row.getString("role")),
                row.getTimestamp("email_verified_at") != null, row.getTimestamp("disabled_at") != null,
                row.getTimestamp("created_at").toInstant());
    }
}
