package io.revisio.learning.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FsrsReplayTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void replaysEachLineIntoTheStatesAfterEachReview() {
        String mixed = """
                {"retention": 0.9, "reviews": [{"t": 0, "rating": 3}, {"t": 2, "rating": 3}, {"t": 11, "rating": 1},
                 {"t": 2, "rating": 3}, {"t": 5, "rating": 2}, {"t": 9, "rating": 4}]}""".replace("\n", "");
        String retention80 = "{\"retention\": 0.8, \"reviews\": [{\"t\": 0, \"rating\": 4}]}";

        int code = run(new String[0], mixed + "\n\n" + retention80 + "\n");

        assertThat(code).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode states = JsonMapper.builder().build().readTree(lines.get(0)).get("states");
        double[][] expected = {{2.3065, 2.118104, 2}, {10.964332, 2.111214, 11}, {1.538337, 7.392238, 2},
            {4.876260, 7.380074, 5}, {9.347925, 8.246, 9}, {26.76786, 7.645123, 27}};
        assertThat(states.size()).isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(states.get(i).get("S").asDouble()).isCloseTo(expected[i][0], within(1e-4));
            assertThat(states.get(i).get("D").asDouble()).isCloseTo(expected[i][1], within(1e-4));
            assertThat(states.get(i).get("I").asInt()).isEqualTo((int) expected[i][2]);
        }
        JsonNode easy = JsonMapper.builder().build().readTree(lines.get(1)).get("states").get(0);
        assertThat(easy.get("I").asInt()).isEqualTo(new MemoryModel(FsrsWeights.DEFAULT).interval(8.2956, 0.8, 36_500));
    }

    @Test
    void givenWeightsAreUsed() {
        double[] w = FsrsWeights.DEFAULT.toArray();
        w[2] = 5.0;
        String weights = String.join(",", java.util.Arrays.stream(w).mapToObj(Double::toString).toList());

        int code = run(new String[] {"--weights", weights}, "{\"retention\": 0.9, \"reviews\": [{\"t\": 0, \"rating\": 3}]}\n");

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"S\":5.0");
    }

    @Test
    void anInvalidLineIsNamedAndStopsTheReplay() {
        String good = "{\"retention\": 0.9, \"reviews\": [{\"t\": 0, \"rating\": 3}]}";
        assertThat(run(new String[0], good + "\n" + "{\"retention\": 0.9, \"reviews\": [{\"t\": 0, \"rating\": 5}]}\n"))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 2").contains("rating must be 1");
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(1);

        assertInvalid("not json", "line 1: not JSON");
        assertInvalid("{\"reviews\": [{\"t\": 0, \"rating\": 3}]}", "\"retention\" must be");
        assertInvalid("{\"retention\": 0.9, \"reviews\": []}", "\"reviews\" must be a non-empty array");
        assertInvalid("{\"retention\": 0.9, \"reviews\": [{\"t\": 0, \"rating\": 3}, {\"t\": -1, \"rating\": 3}]}",
                "reviews[1].t must be whole days");
    }

    @Test
    void badWeightsAreRefusedBeforeReading() {
        assertThat(run(new String[] {"--weights", "1,2,3"}, "")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("21 weights, not 3");
    }

    @Test
    void fitPrintsTheFittedWeightsAndBothLogLosses() {
        StringBuilder input = new StringBuilder();
        for (ReviewHistory history : new ReviewSimulator(WeightFitterTest.student(), 0.9).simulate(200, 6, 7)) {
            input.append("{\"retention\": 0.9, \"reviews\": [");
            for (int i = 0; i < history.reviews().size(); i++) {
                ReviewHistory.Review review = history.reviews().get(i);
                input.append(i == 0 ? "" : ",").append("{\"t\": ").append(review.elapsedDays())
                        .append(", \"rating\": ").append(review.rating().grade()).append('}');
            }
            input.append("]}\n");
        }

        int code = FsrsReplay.fit(new String[0], new BufferedReader(new StringReader(input.toString())),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        JsonNode result = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(result.get("weights").size()).isEqualTo(21);
        assertThat(result.get("reviews").asInt()).isEqualTo(200 * 5);
        assertThat(result.get("logLoss").asDouble()).isLessThan(result.get("defaultLogLoss").asDouble());
    }

    @Test
    void simulateWritesALogThatEvaluateScores() {
        assertThat(FsrsReplay.simulate(new String[] {"--cards", "40", "--reviews", "5", "--seed", "3"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)))
                .isZero();
        String log = out.toString(StandardCharsets.UTF_8);
        assertThat(log.lines()).hasSize(40);
        out.reset();

        int code = FsrsReplay.evaluate(new String[0], new BufferedReader(new StringReader(log)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        JsonNode result = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        List<ReviewHistory> expected = new ReviewSimulator(FsrsWeights.DEFAULT, 0.9).simulate(40, 5, 3);
        assertThat(result.get("reviews").asInt()).isEqualTo(40 * 4);
        assertThat(result.get("logLoss").asDouble()).isCloseTo(LogLoss.of(FsrsWeights.DEFAULT, expected).value(),
                within(1e-12));
        assertThat(result.get("calibrationRmse").asDouble()).isBetween(0.0, 0.2);
        int binned = 0;
        for (JsonNode bin : result.get("bins")) {
            binned += bin.get("reviews").asInt();
        }
        assertThat(binned).isEqualTo(40 * 4);
        assertThat(FsrsReplay.simulate(new String[] {"--cards", "0"}, new PrintStream(out), new PrintStream(err)))
                .isEqualTo(2);
    }

    private void assertInvalid(String line, String message) {
        err.reset();
        assertThat(run(new String[0], line + "\n")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(message);
    }

    private int run(String[] args, String input) {
        return FsrsReplay.replay(args, new BufferedReader(new StringReader(input)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
