package io.revisio.platform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revisio.platform.config.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL of a local run keeps its data across restarts, even after a crash. */
class EmbeddedServersTest {

    @TempDir
    Path directory;

    @Test
    void dataSurvivesARestart() throws Exception {
        try (EmbeddedPostgres first = EmbeddedServers.startPostgres(directory)) {
            execute(EmbeddedServers.connectionTo(first), "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
        }
        try (EmbeddedPostgres second = EmbeddedServers.startPostgres(directory)) {
            DatabaseUrl url = EmbeddedServers.connectionTo(second);
            try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), url.username(), null);
                    ResultSet rows = connection.createStatement().executeQuery("SELECT note FROM kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("still here");
            }
        }
    }

    @Test
    void aPidFileLeftByAKilledServerDoesNotBlockTheNextStart() throws Exception {
        try (EmbeddedPostgres first = EmbeddedServers.startPostgres(directory)) {
            assertThat(first.getPort()).isPositive();
        }
        long deadPid = deadProcessId();
        Files.writeString(directory.resolve("postmaster.pid"), deadPid + "\n" + directory + "\n");
        try (EmbeddedPostgres again = EmbeddedServers.startPostgres(directory)) {
            assertThat(again.getPort()).isPositive();
        }
    }

    @Test
    void aDirectoryInUseByALiveProcessIsRefusedWithAClearMessage() throws Exception {
        Files.writeString(directory.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n");
        assertThatThrownBy(() -> StalePidFile.removeIfOrphaned(directory))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is in use by process " + ProcessHandle.current().pid());
    }

    private static void execute(DatabaseUrl url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), url.username(), null)) {
            connection.createStatement().execute(sql);
        }
    }

    private static long deadProcessId() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }
}
