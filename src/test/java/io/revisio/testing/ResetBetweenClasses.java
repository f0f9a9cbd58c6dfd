package io.revisio.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Before each test class, puts its context's database back to the state right after migration and
 * empties its Redis database, so that no state leaks from one test class into another.
 */
public class ResetBetweenClasses extends AbstractTestExecutionListener {

    private static final Map<DataSource, DatabaseSnapshot> SNAPSHOTS = new ConcurrentHashMap<>();

    @Override
    public int getOrder() {
        return 5000; // after dependency injection, before transactional and SQL script listeners
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        ApplicationContext context = testContext.getApplicationContext();
        DataSource dataSource = context.getBean(DataSource.class);
        SNAPSHOTS.computeIfAbsent(dataSource, DatabaseSnapshot::take).restore(dataSource);
        try (RedisConnection redis = context.getBean(RedisConnectionFactory.class).getConnection()) {
            redis.serverCommands().flushDb();
        }
    }
}
