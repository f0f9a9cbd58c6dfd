package io.revisio.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.RevisioApplication;
import io.revisio.platform.config.DatabaseUrl;
import io.revisio.testing.ProductionConfig;
import io.revisio.testing.TestServers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The operator commands, run as the jar runs them, against real databases. */
@ExtendWith(OutputCaptureExtension.class)
class CommandsTest {

    @Test
    void migrateAppliesEveryMigrationAndIsRepeatable(CapturedOutput output) throws Exception {
        DatabaseUrl database = TestServers.get().newDatabase();
        assertThat(run("migrate", database)).isZero();
        assertThat(run("migrate", database)).isZero();
        assertThat(output.getOut()).contains("Database is migrated (schema version ");
        assertThat(query(database, "SELECT count(*) FROM platform.flyway_schema_history WHERE version IS NOT NULL AND NOT success"))
                .isZero();
        assertThat(query(database, "SELECT count(DISTINCT version) FROM platform.flyway_schema_history WHERE success"))
                .as("every migration applied once").isEqualTo(migrationsInTheCode());
    }

    @Test
    void migrateExitsNonZeroWhenTheDatabaseIsUnreachable(CapturedOutput output) {
        int exit = Commands.run(RevisioApplication.class, new String[] {"migrate",
                "--revisio.database.url=jdbc:postgresql://127.0.0.1:" + TestServers.freePort() + "/nowhere",
                "--revisio.local.enabled=false"});
        assertThat(exit).isEqualTo(1);
        assertThat(output.getErr()).contains("Migration failed");
    }

    @Test
    void seedNeedsTheDemoFlag(CapturedOutput output) {
        assertThat(Commands.run(RevisioApplication.class, new String[] {"seed"})).isEqualTo(2);
        assertThat(output.getErr()).contains("Usage: seed --demo");
    }

    @Test
    void seedingTwiceLeavesWhatSeedingOnceLeft() throws Exception {
        DatabaseUrl database = TestServers.get().newDatabase();
        assertThat(run("seed", database, "--demo")).isZero();
        Map<String, Long> once = rowCounts(database);
        assertThat(once.get("content.syllabus_node")).as("demo syllabus loaded").isPositive();
        assertThat(once.get("platform.event_publication")).as("every listener finished before the command ended")
                .isZero();
        assertThat(run("seed", database, "--demo")).isZero();
        assertThat(rowCounts(database)).isEqualTo(once);
    }

    @Test
    void rebuildRecomputesDerivedStateByName(CapturedOutput output) {
        DatabaseUrl database = TestServers.get().newDatabase();
        assertThat(run("rebuild", database)).isEqualTo(2);
        assertThat(output.getErr())
                .contains("Usage: rebuild <name>, one of: elo, item-statistics, mastery, revision-cards, student-analytics");
        assertThat(run("rebuild", database, "revision-cards")).isZero();
        assertThat(output.getOut()).contains("Rebuilt 0 revision cards from 0 reviews");
        assertThat(run("rebuild", database, "item-statistics")).isZero();
        assertThat(output.getOut())
                .contains("Rebuilt item statistics of 0 questions from 0 answers in 0 finished practice sessions");
        assertThat(run("rebuild", database, "mastery")).isZero();
        assertThat(output.getOut()).contains("Rebuilt 0 mastery states from 0 attempts");
        assertThat(run("rebuild", database, "elo")).isZero();
        assertThat(output.getOut()).contains("Rebuilt 0 abilities and 0 difficulties from 0 attempts");
        assertThat(run("rebuild", database, "student-analytics")).isZero();
        assertThat(output.getOut())
                .contains("Rebuilt student analytics of 0 students from 0 answers in 0 finished practice sessions");
    }

    @Test
    void productionRefusesDemoData(CapturedOutput output) {
        DatabaseUrl database = TestServers.get().newDatabase();
        Map<String, String> properties = new HashMap<>(ProductionConfig.valid());
        properties.put("revisio.database.url", database.jdbcUrl());
        properties.put("revisio.database.migrate-on-start", "true");
        List<String> args = new ArrayList<>(List.of("seed", "--demo"));
        args.addAll(List.of(ProductionConfig.asArguments(properties)));
        assertThat(Commands.run(RevisioApplication.class, args.toArray(String[]::new))).isEqualTo(1);
        assertThat(output.getErr()).contains("Demo data is never loaded in production.");
    }

    private static int run(String command, DatabaseUrl database, String... extra) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of(extra));
        args.add("--revisio.database.url=" + database.jdbcUrl());
        args.add("--revisio.local.enabled=false");
        return Commands.run(RevisioApplication.class, args.toArray(String[]::new));
    }

    private static long migrationsInTheCode() throws Exception {
        return new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                .getResources("classpath*:db/migration/**/V*.sql").length;
    }

    static long query(DatabaseUrl database, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), null);
                ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Rows per table in every module schema. */
    static Map<String, Long> rowCounts(DatabaseUrl database) throws Exception {
        Map<String, Long> counts = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), null);
                ResultSet tables = connection.createStatement().executeQuery("""
                        SELECT table_schema || '.' || table_name FROM information_schema.tables
                        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
                        """)) {
            while (tables.next()) {
                String table = tables.getString(1);
                counts.put(table, query(database, "SELECT count(*) FROM " + table));
            }
        }
        return counts;
    }
}
