package io.revisio.platform.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A local instance migrates as it starts; a production instance leaves that to the {@code migrate}
 * command and reports pending migrations through readiness instead.
 */
@Configuration(proxyBeanMethods = false)
class MigrationOnStart {

    private static final Logger log = LoggerFactory.getLogger(MigrationOnStart.class);

    @Bean
    FlywayMigrationStrategy migrationStrategy(DatabaseProperties database) {
        return flyway -> {
            if (database.migrateOnStart()) {
                flyway.migrate();
            } else {
                int pending = flyway.info().pending().length;
                if (pending > 0) {
                    log.warn("{} migration(s) pending; run the migrate command. Readiness reports NOT_READY.", pending);
                }
            }
        };
    }
}
