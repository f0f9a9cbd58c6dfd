package io.revisio.platform.config;

import io.revisio.shared.config.CheckedProperties;
import io.revisio.shared.config.ConfigurationProblems;
import io.revisio.shared.config.Secret;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The PostgreSQL database. Without a URL (outside production) an embedded server is started.
 *
 * @param url {@code postgres://user:password@host:port/db} or a {@code jdbc:postgresql:} URL
 * @param username database user, when not part of the URL
 * @param password database password, when not part of the URL
 * @param migrateOnStart whether a serving instance applies pending migrations when it starts
 */
@ConfigurationProperties("revisio.database")
public record DatabaseProperties(
        String url,
        String username,
        Secret password,
        @DefaultValue("true") boolean migrateOnStart) implements CheckedProperties {

    public DatabaseProperties {
        password = password == null ? Secret.NONE : password;
    }

    public boolean isConfigured() {
        return url != null && !url.isBlank();
    }

    public DatabaseUrl connection() {
        return DatabaseUrl.parse(url, username, password);
    }

    @Override
    public void check(ConfigurationProblems problems, boolean production) {
        if (!isConfigured()) {
            if (production) {
                problems.add("revisio.database.url", "is missing; production never starts an embedded database");
            }
            return;
        }
        DatabaseUrl connection;
        try {
            connection = connection();
        } catch (IllegalArgumentException e) {
            problems.add("revisio.database.url", e.getMessage());
            return;
        }
        if (production) {
            problems.requireStrongSecret("revisio.database.password", connection.password());
        }
    }
}
