package io.revisio.platform.health;

import io.revisio.shared.health.DependencyCheck;
import io.revisio.shared.health.DependencyState;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.stereotype.Component;

/** Redis holds only what can be rebuilt, so it is a soft dependency. */
@Component
class RedisCheck implements DependencyCheck {

    private final RedisConnectionFactory connections;

    RedisCheck(RedisConnectionFactory connections) {
        this.connections = connections;
    }

    @Override
    public String component() {
        return "redis";
    }

    @Override
    public boolean hard() {
        return false;
    }

    @Override
    public DependencyState probe() {
        try (RedisConnection connection = connections.getConnection()) {
            return "PONG".equalsIgnoreCase(connection.ping()) ? DependencyState.UP : DependencyState.DOWN;
        }
    }
}
