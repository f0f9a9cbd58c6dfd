package io.revisio.platform.config;

import io.revisio.shared.config.CheckedProperties;
import io.revisio.shared.config.ConfigurationProblems;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Redis server. Without a URL (outside production) an embedded server is started.
 *
 * @param url {@code redis://[user:password@]host:port[/database]} or {@code rediss://…} for TLS
 */
@ConfigurationProperties("revisio.redis")
public record RedisSettings(String url) implements CheckedProperties {

    public boolean isConfigured() {
        return url != null && !url.isBlank();
    }

    @Override
    public void check(ConfigurationProblems problems, boolean production) {
        if (!isConfigured()) {
            if (production) {
                problems.add("revisio.redis.url", "is missing; production never starts an embedded Redis");
            }
            return;
        }
        try {
            URI uri = URI.create(url.trim());
            if (!("redis".equals(uri.getScheme()) || "rediss".equals(uri.getScheme())) || uri.getHost() == null) {
                problems.add("revisio.redis.url", "must look like redis://host:port or rediss://host:port");
            }
        } catch (IllegalArgumentException e) {
            problems.add("revisio.redis.url", "is not a valid URL");
        }
    }
}
