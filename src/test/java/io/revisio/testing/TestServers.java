package io.revisio.testing;

import io.revisio.platform.config.DatabaseUrl;
import io.revisio.shared.config.Secret;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import redis.embedded.RedisServer;

/**
 * The PostgreSQL and Redis servers of one test JVM, started once and shared: embedded by default, or
 * the servers named by {@code REVISIO_TEST_DATABASE_URL} and {@code REVISIO_TEST_REDIS_URL}. Each
 * Spring context gets its own database and Redis database index, dropped when the JVM ends.
 */
public final class TestServers {

    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql://([^/]+)/([^?]*)(\\?.*)?");
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static TestServers instance;

    private final DatabaseUrl admin;
    private final String redisBaseUrl;
    private final List<String> created = new ArrayList<>();

    private TestServers(DatabaseUrl admin, String redisBaseUrl) {
        this.admin = admin;
        this.redisBaseUrl = redisBaseUrl;
        Runtime.getRuntime().addShutdownHook(new Thread(this::dropCreatedDatabases, "test-databases-drop"));
    }

    public static synchronized TestServers get() {
        if (instance == null) {
            instance = new TestServers(startPostgres(), startRedis());
        }
        return instance;
    }

    /** A new, empty database on the shared server. */
    public synchronized DatabaseUrl newDatabase() {
        String name = "revisio_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        execute("CREATE DATABASE " + name);
        created.add(name);
        Matcher url = JDBC.matcher(admin.jdbcUrl());
        if (!url.matches()) {
            throw new IllegalStateException("Unexpected JDBC URL form of the test server");
        }
        String query = url.group(3) == null ? "" : url.group(3);
        return new DatabaseUrl("jdbc:postgresql://" + url.group(1) + "/" + name + query, admin.username(),
                admin.password());
    }

    /** The Redis URL for one of the databases 1–15 (0 is left to whatever else uses the server). */
    public String redisUrl(int index) {
        return redisBaseUrl + "/" + (1 + Math.floorMod(index, 15));
    }

    public int nextIndex() {
        return COUNTER.incrementAndGet();
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(admin.jdbcUrl(), admin.username(),
                admin.password().isPresent() ? admin.password().value() : null);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database server refused: " + sql, e);
        }
    }

    private synchronized void dropCreatedDatabases() {
        for (String name : created) {
            try {
                execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (RuntimeException ignored) {
                // the server may already be gone at JVM exit
            }
        }
    }

    private static DatabaseUrl startPostgres() {
        String external = System.getenv("REVISIO_TEST_DATABASE_URL");
        if (external != null && !external.isBlank()) {
            return DatabaseUrl.parse(external, null, Secret.NONE);
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // ending anyway
                }
            }, "test-postgres-stop"));
            return new DatabaseUrl(postgres.getJdbcUrl("postgres", "postgres"), "postgres", Secret.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String startRedis() {
        String external = System.getenv("REVISIO_TEST_REDIS_URL");
        if (external != null && !external.isBlank()) {
            return external.replaceAll("/\\d*$", "");
        }
        RedisServer redis = startEmbeddedRedis(freePort());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(redis), "test-redis-stop"));
        return "redis://127.0.0.1:" + redis.ports().get(0);
    }

    /** A separate embedded Redis, for tests that stop it on purpose. */
    public static RedisServer startEmbeddedRedis(int port) {
        try {
            RedisServer redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                    .setting("save \"\"").setting("appendonly no").build();
            redis.start();
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void stopQuietly(RedisServer redis) {
        try {
            redis.stop();
        } catch (IOException ignored) {
            // already stopped
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
