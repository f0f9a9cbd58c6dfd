package io.revisio.identity.account;

import io.revisio.identity.AccountNames;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Display names in one query for a page's worth of accounts. */
@Component
class AccountDirectoryNames implements AccountNames {

    private final JdbcClient jdbc;

    AccountDirectoryNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, String> displayNames(Collection<UUID> accountIds) {
        Map<UUID, String> names = new HashMap<>();
        if (accountIds.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT id, display_name FROM identity.account WHERE id = ANY(:ids)")
                .param("ids", accountIds.stream().distinct().toArray(UUID[]::new))
                .query(row -> {
                    names.put(row.getObject("id", UUID.class), row.getString("display_name"));
                });
        return names;
    }
}
