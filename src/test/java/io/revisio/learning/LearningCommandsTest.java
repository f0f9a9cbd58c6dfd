package io.revisio.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.learning.evaluation.Attempt;
import io.revisio.learning.evaluation.CohortSettings;
import io.revisio.learning.evaluation.CohortSimulator;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LearningCommandsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void evaluatesAttemptsGivenAsJsonLines() {
        String lines = CohortSimulator.simulate(new CohortSettings(60, 3, 5, 10, 3, 2)).practice().stream()
                .map(LearningCommandsTest::line).collect(Collectors.joining("\n"));

        int code = run(new String[] {"evaluate"}, lines + "\n\n");

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(report.get("students").asInt()).isEqualTo(60);
        assertThat(report.get("heldOutStudents").asInt()).isEqualTo(12);
        assertThat(report.get("skills").size()).isEqualTo(3);
        assertThat(report.get("models").size()).isEqualTo(3);
        assertThat(report.get("models").get(0).get("model").asString()).isEqualTo("bkt");
        assertThat(report.get("models").get(0).get("logLoss").asDouble()).isBetween(0.1, 0.7);
        assertThat(report.get("models").get(2).get("predictions").asInt()).isEqualTo(report.get("scoredAttempts").asInt());
    }

    @Test
    void anInvalidLineIsNamed() {
        String good = "{\"student\": \"a\", \"skill\": \"s\", \"item\": 7, \"options\": 4, \"correct\": true, \"at\": \"2026-01-05T08:00:00Z\"}";
        String badTime = good.replace("2026-01-05T08:00:00Z", "yesterday");
        String oneOption = good.replace("\"options\": 4", "\"options\": 1");

        assertThat(run(new String[] {"evaluate"}, good + "\n" + badTime + "\n")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 2").contains("at must be an ISO-8601 instant");
        err.reset();
        assertThat(run(new String[] {"evaluate"}, good + "\n\n" + oneOption + "\n")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 3").contains("options");
        err.reset();
        assertThat(run(new String[] {"evaluate"}, "{\"student\": \"a\"\n")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 1: not JSON");
        assertThat(out.size()).isZero();
    }

    @Test
    void tooFewStudentsToHoldOneOutIsSaid() {
        String line = "{\"student\": \"a\", \"skill\": \"s\", \"item\": 7, \"options\": 4, \"correct\": true, \"at\": \"2026-01-05T08:00:00Z\"}";

        assertThat(run(new String[] {"evaluate"}, line + "\n" + line.replace("\"a\"", "\"b\"") + "\n")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("at least 5 students").contains("found 2");
        err.reset();
        assertThat(run(new String[] {"evaluate"}, "")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("found 0");
        assertThat(out.size()).isZero();
    }

    @Test
    void simulatesACohortWithTheGivenSize() {
        int code = run(new String[] {"evaluate", "--simulate", "--students", "300", "--skills", "4", "--test-items", "10",
            "--seed", "5"}, "");

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(report.get("cohort").get("students").asInt()).isEqualTo(300);
        assertThat(report.get("bkt").get("skills").asInt()).isEqualTo(4);
        assertThat(report.get("irt").get("items").asInt()).isEqualTo(10);
        assertThat(report.get("evaluation").get("models").size()).isEqualTo(3);
        assertThat(report.has("targetsMet")).isTrue();
    }

    @Test
    void badArgumentsGetTheUsage() {
        assertThat(run(new String[] {"evaluate", "--simulate", "--students", "many"}, "")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--students must be a whole number");
        assertThat(run(new String[] {"evaluate", "--simulate", "--students", "3"}, "")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("students must be between 10");
        assertThat(run(new String[] {"fit"}, "")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: learning evaluate");
    }

    private int run(String[] args, String input) {
        return LearningCommands.run(args, new BufferedReader(new StringReader(input)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String line(Attempt a) {
        return "{\"student\": \"" + a.student() + "\", \"skill\": \"" + a.skill() + "\", \"item\": \"" + a.item()
                + "\", \"options\": " + a.options() + ", \"correct\": " + a.correct() + ", \"at\": \"" + a.at() + "\"}";
    }
}
