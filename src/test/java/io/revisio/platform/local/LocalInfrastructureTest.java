package io.revisio.platform.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** What the local infrastructure does with the configuration it finds (no embedded server is started here). */
class LocalInfrastructureTest {

    @TempDir
    Path data;

    @Test
    void aConfiguredDatabaseAndRedisAreUsedAndNothingEmbeddedStarts() {
        StandardEnvironment environment = environment(Map.of(
                "revisio.database.url", "postgres://app:pa%40ss@db.internal:6543/revisio?sslmode=require",
                "revisio.redis.url", "redis://cache.internal:6380/2"));
        process(environment);
        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:postgresql://db.internal:6543/revisio?sslmode=require");
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("app");
        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("pa@ss");
        assertThat(environment.getProperty("spring.data.redis.url")).isEqualTo("redis://cache.internal:6380/2");
        assertThat(data).isEmptyDirectory();
    }

    @Test
    void springsOwnSettingsAlsoMeanNothingEmbeddedStarts() {
        StandardEnvironment environment = environment(Map.of(
                "spring.datasource.url", "jdbc:postgresql://db.internal/revisio",
                "spring.data.redis.host", "cache.internal"));
        process(environment);
        assertThat(environment.getPropertySources().contains(LocalInfrastructure.PROPERTY_SOURCE)).isFalse();
        assertThat(data).isEmptyDirectory();
    }

    @Test
    void productionNeverStartsEmbeddedServers() {
        StandardEnvironment environment = environment(Map.of("revisio.local.enabled", "true"));
        environment.setActiveProfiles("prod");
        process(environment);
        assertThat(environment.getProperty("spring.datasource.url")).isNull();
        assertThat(environment.getProperty("spring.data.redis.url")).isNull();
        assertThat(data).isEmptyDirectory();
    }

    private StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        Map<String, Object> all = new HashMap<>(properties);
        all.put("revisio.local.data-directory", data.toString());
        environment.getPropertySources().addFirst(new MapPropertySource("test", all));
        return environment;
    }

    private static void process(StandardEnvironment environment) {
        new LocalInfrastructure(new DeferredLogs()).postProcessEnvironment(environment, new SpringApplication());
    }
}
