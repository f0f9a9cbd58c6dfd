package io.revisio.platform.local;

import io.revisio.platform.cli.Commands;
import io.revisio.platform.config.DatabaseProperties;
import io.revisio.platform.config.RedisSettings;
import io.revisio.platform.config.Profiles;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points Spring at the configured PostgreSQL and Redis, and starts embedded ones for whatever is not
 * configured, so that a machine with only a JDK runs Revisio. Runs before any bean exists, because the
 * data source and Redis client read these settings when they are created.
 */
public class LocalInfrastructure implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE = "revisio-infrastructure";

    private final Log log;

    public LocalInfrastructure(DeferredLogFactory logs) {
        this.log = logs.getLog(LocalInfrastructure.class);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String command = environment.getProperty(Commands.PROPERTY, "");
        if (command.equals("check-config")) {
            return; // checking the configuration starts nothing
        }
        Binder binder = Binder.get(environment);
        DatabaseProperties database = binder.bindOrCreate("revisio.database", DatabaseProperties.class);
        RedisSettings redis = binder.bindOrCreate("revisio.redis", RedisSettings.class);
        LocalInfrastructureProperties local =
                binder.bindOrCreate("revisio.local", LocalInfrastructureProperties.class);
        boolean embeddedAllowed = local.enabled() && !Profiles.isProduction(environment);

        Map<String, Object> properties = new LinkedHashMap<>();
        if (database.isConfigured()) {
            properties.putAll(database.connection().springProperties());
        } else if (!environment.containsProperty("spring.datasource.url") && embeddedAllowed) {
            Path directory = Path.of(local.dataDirectory(), "postgres");
            properties.putAll(EmbeddedServers.postgres(directory).springProperties());
            log.info("Started embedded PostgreSQL with data in " + directory.toAbsolutePath());
        }
        if (redis.isConfigured()) {
            properties.put("spring.data.redis.url", redis.url().trim());
        } else if (!environment.containsProperty("spring.data.redis.url")
                && !environment.containsProperty("spring.data.redis.host") && embeddedAllowed
                && command.isEmpty()) { // commands never need Redis
            int port = EmbeddedServers.redis();
            properties.put("spring.data.redis.url", "redis://127.0.0.1:" + port);
            log.info("Started embedded Redis on port " + port);
        }
        if (!properties.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
        }
    }
}
