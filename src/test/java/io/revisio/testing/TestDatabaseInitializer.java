package io.revisio.testing;

import io.revisio.platform.config.DatabaseUrl;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Gives each Spring test context its own database and Redis database on the shared test servers. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestServers servers = TestServers.get();
        DatabaseUrl database = servers.newDatabase();
        Map<String, Object> properties = new HashMap<>(database.springProperties());
        properties.put("spring.data.redis.url", servers.redisUrl(servers.nextIndex()));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-servers", properties));
    }
}
