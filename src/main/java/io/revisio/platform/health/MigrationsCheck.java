package io.revisio.platform.health;

import io.revisio.shared.health.DependencyCheck;
import io.revisio.shared.health.DependencyState;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.springframework.stereotype.Component;

/** Code that expects a newer schema than the database has must not take traffic. */
@Component
class MigrationsCheck implements DependencyCheck {

    private final Flyway flyway;

    MigrationsCheck(Flyway flyway) {
        this.flyway = flyway;
    }

    @Override
    public String component() {
        return "migrations";
    }

    @Override
    public boolean hard() {
        return true;
    }

    @Override
    public DependencyState probe() {
        for (MigrationInfo migration : flyway.info().all()) {
            MigrationState state = migration.getState();
            if (state == MigrationState.PENDING || state == MigrationState.IGNORED || state.isFailed()) {
                return DependencyState.DOWN;
            }
        }
        return DependencyState.UP;
    }
}
