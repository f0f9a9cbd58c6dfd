package io.revisio.platform.local;

import io.revisio.platform.config.DatabaseUrl;
import io.revisio.shared.config.Secret;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import redis.embedded.RedisServer;

/**
 * The embedded PostgreSQL and Redis servers of a local run: real servers shipped as Maven artifacts,
 * one of each per process, stopped when the process ends.
 */
public final class EmbeddedServers {

    static final String DATABASE = "revisio";

    private static EmbeddedPostgres postgres;
    private static RedisServer redis;
    private static int redisPort;

    private EmbeddedServers() {
    }

    /** Starts PostgreSQL keeping its data in {@code directory}, or returns the running one. */
    public static synchronized DatabaseUrl postgres(Path directory) {
        if (postgres == null) {
            postgres = startPostgres(directory);
        }
        return connectionTo(postgres);
    }

    /** Starts a PostgreSQL server on a free port that keeps its data in {@code directory} across restarts. */
    static EmbeddedPostgres startPostgres(Path directory) {
        try {
            Files.createDirectories(directory);
            StalePidFile.removeIfOrphaned(directory);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .setRegisterShutdownHook(true)
                    .start();
            createDatabaseIfMissing(server);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL in " + directory, e);
        }
    }

    static DatabaseUrl connectionTo(EmbeddedPostgres server) {
        return new DatabaseUrl(server.getJdbcUrl("postgres", DATABASE), "postgres", Secret.NONE);
    }

    /** Starts Redis on a free loopback port, or returns the port of the running one. */
    public static synchronized int redis() {
        if (redis == null) {
            try {
                redisPort = freePort();
                redis = RedisServer.newRedisServer()
                        .port(redisPort)
                        .bind("127.0.0.1")
                        .setting("save \"\"")
                        .setting("appendonly no")
                        .build();
                redis.start();
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedServers::stopRedis, "embedded-redis-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded Redis", e);
            }
        }
        return redisPort;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres server) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the " + DATABASE + " database", e);
        }
    }

    private static synchronized void stopRedis() {
        try {
            if (redis != null) {
                redis.stop();
            }
        } catch (IOException ignored) {
            // the process is ending anyway
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
