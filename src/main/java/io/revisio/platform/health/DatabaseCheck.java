package io.revisio.platform.health;

import io.revisio.shared.health.DependencyCheck;
import io.revisio.shared.health.DependencyState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** PostgreSQL is the system of record: without it nothing works. */
@Component
class DatabaseCheck implements DependencyCheck {

    private final JdbcClient jdbc;

    DatabaseCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String component() {
        return "database";
    }

    @Override
    public boolean hard() {
        return true;
    }

    @Override
    public DependencyState probe() {
        Integer one = jdbc.sql("SELECT 1").query(Integer.class).single();
        return one == 1 ? DependencyState.UP : DependencyState.DOWN;
    }
}
