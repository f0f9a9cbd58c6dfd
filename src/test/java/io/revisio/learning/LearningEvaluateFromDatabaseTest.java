package io.revisio.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.RevisioApplication;
import io.revisio.platform.cli.Commands;
import io.revisio.platform.config.DatabaseUrl;
import io.revisio.testing.TestServers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code learning evaluate --from-database}, run as the jar runs it, on the attempt log of a real database. */
@ExtendWith(OutputCaptureExtension.class)
class LearningEvaluateFromDatabaseTest {

    @Test
    void evaluatesTheApplicationsOwnAttemptLog(CapturedOutput output) throws Exception {
        DatabaseUrl database = TestServers.get().newDatabase();
        assertThat(Commands.run(RevisioApplication.class, new String[] {"migrate",
            "--revisio.database.url=" + database.jdbcUrl(), "--revisio.local.enabled=false"})).isZero();
        int students = 10;
        int perTheme = 6;
        List<UUID> themes = List.of(UUID.randomUUID(), UUID.randomUUID());
        insertAttempts(database, students, themes, perTheme);

        int code = evaluate(database);

        assertThat(code).as(output.getErr()).isZero();
        String out = output.getOut();
        JsonNode report = JsonMapper.builder().build().readTree(out.substring(out.lastIndexOf("\n{") + 1));
        assertThat(report.get("attempts").asInt()).isEqualTo(students * themes.size() * perTheme);
        assertThat(report.get("students").asInt()).isEqualTo(students);
        assertThat(report.get("heldOutStudents").asInt()).isEqualTo(2);
        assertThat(report.get("skills").size()).as("a theme is a skill").isEqualTo(2);
        assertThat(report.get("models").size()).isEqualTo(3);
        assertThat(report.get("models").get(0).get("predictions").asInt()).isEqualTo(2 * themes.size() * perTheme);
    }

    @Test
    void anEmptyLogIsSaidToHaveTooFewStudents(CapturedOutput output) {
        DatabaseUrl database = TestServers.get().newDatabase();

        assertThat(evaluate(database)).isEqualTo(1);
        assertThat(output.getErr()).contains("at least 5 students").contains("found 0");
    }

    @Test
    void aSettingThatIsNotOneIsRefused(CapturedOutput output) {
        assertThat(LearningCommands.run(RevisioApplication.class,
                new String[] {"learning", "evaluate", "--from-database", "somewhere"})).isEqualTo(2);
        assertThat(output.getErr()).contains("usage: learning evaluate");
    }

    private static int evaluate(DatabaseUrl database) {
        return LearningCommands.run(RevisioApplication.class, new String[] {"learning", "evaluate", "--from-database",
            "--revisio.database.url=" + database.jdbcUrl(), "--revisio.local.enabled=false"});
    }

    private static void insertAttempts(DatabaseUrl database, int students, List<UUID> themes, int perTheme)
            throws Exception {
        Random random = new Random(3);
        Instant start = Instant.parse("2026-06-01T08:00:00Z");
        long seq = 0;
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), null);
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO learning.attempt (seq, session_id, question_id, version_id, student_id, theme_id,
                            option_count, correct, answered_at) VALUES (?, ?, ?, ?, ?, ?, 4, ?, ?)
                        """)) {
            for (int s = 0; s < students; s++) {
                UUID student = UUID.randomUUID();
                for (UUID theme : themes) {
                    UUID session = UUID.randomUUID();
                    for (int i = 0; i < perTheme; i++) {
                        insert.setLong(1, ++seq);
                        insert.setObject(2, session);
                        insert.setObject(3, UUID.randomUUID());
                        insert.setObject(4, UUID.randomUUID());
                        insert.setObject(5, student);
                        insert.setObject(6, theme);
                        insert.setBoolean(7, random.nextDouble() < 0.3 + 0.1 * i);
                        insert.setTimestamp(8, Timestamp.from(start.plusSeconds(seq * 60)));
                        insert.addBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }
}
