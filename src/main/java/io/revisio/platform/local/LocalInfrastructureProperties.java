package io.revisio.platform.local;

import io.revisio.shared.config.CheckedProperties;
import io.revisio.shared.config.ConfigurationProblems;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Embedded PostgreSQL and Redis for a machine with nothing installed.
 *
 * @param enabled start embedded servers for whatever is not configured (never in production)
 * @param dataDirectory where the embedded servers keep their data across restarts
 */
@ConfigurationProperties("revisio.local")
public record LocalInfrastructureProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("var") String dataDirectory) implements CheckedProperties {

    @Override
    public void check(ConfigurationProblems problems, boolean production) {
        if (production && enabled) {
            problems.add("revisio.local.enabled", "must be false in production; embedded servers are for local use");
        }
        if (dataDirectory == null || dataDirectory.isBlank()) {
            problems.add("revisio.local.data-directory", "must name a directory");
        }
    }
}
