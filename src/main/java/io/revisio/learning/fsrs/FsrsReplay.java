package io.revisio.learning.fsrs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replays review histories through the memory model. Each input line is
 * {@code {"retention": r, "reviews": [{"t": days_since_previous, "rating": 1-4}, …]}}; each output line is
 * {@code {"states": [{"S": …, "D": …, "I": …}, …]}}: the memory after each review and the plain interval
 * in days for that retention (no fuzz, no ordering rule). The first review's {@code t} is not used.
 */
public final class FsrsReplay {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FsrsReplay() {
    }

    /** Exit code 0 when every line was replayed; 1 at the first invalid line (named on {@code err}); 2 on bad arguments. */
    public static int run(String[] args, BufferedReader in, PrintStream out, PrintStream err) {
        MemoryModel model;
        try {
            model = new MemoryModel(weights(args));
        } catch (IllegalArgumentException e) {
            err.println("fsrs replay: " + e.getMessage());
            return 2;
        }
        int lineNumber = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                out.println(JSON.writeValueAsString(Map.of("states", replay(model, line))));
            }
            out.flush();
            return 0;
        } catch (InvalidLine e) {
            out.flush();
            err.println("fsrs replay: line " + lineNumber + ": " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("fsrs replay: cannot read the input: " + e.getMessage());
            return 1;
        }
    }

    static FsrsWeights weights(String[] args) {
        if (args.length == 0) {
            return FsrsWeights.DEFAULT;
        }
        if (args.length != 2 || !"--weights".equals(args[0])) {
            throw new IllegalArgumentException("usage: fsrs replay [--weights w0,...,w20]");
        }
        String[] parts = args[1].split(",");
        double[] w = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                w[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("weight w" + i + " is not a number: " + parts[i]);
            }
        }
        return FsrsWeights.of(w);
    }

    private static List<Map<String, Object>> replay(MemoryModel model, String line) {
        JsonNode input;
        try {
            input = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new InvalidLine("not JSON: " + e.getOriginalMessage());
        }
        if (input == null || !input.isObject()) {
            throw new InvalidLine("expected an object with \"retention\" and \"reviews\"");
        }
        JsonNode retentionNode = input.get("retention");
        if (retentionNode == null || !retentionNode.isNumber()
                || !(retentionNode.asDouble() > 0 && retentionNode.asDouble() < 1)) {
            throw new InvalidLine("\"retention\" must be a number between 0 and 1 (exclusive)");
        }
        double retention = retentionNode.asDouble();
        JsonNode reviews = input.get("reviews");
        if (reviews == null || !reviews.isArray() || reviews.isEmpty()) {
            throw new InvalidLine("\"reviews\" must be a non-empty array");
        }
        List<Map<String, Object>> states = new ArrayList<>();
        MemoryState memory = null;
        for (int i = 0; i < reviews.size(); i++) {
            JsonNode review = reviews.get(i);
            Rating rating = rating(review, i);
            int elapsed = elapsedDays(review, i);
            memory = memory == null ? model.first(rating) : model.next(memory, elapsed, rating);
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("S", memory.stability());
            state.put("D", memory.difficulty());
            state.put("I", model.interval(memory.stability(), retention, MemoryModel.DEFAULT_MAXIMUM_INTERVAL));
            states.add(state);
        }
        return states;
    }

    private static Rating rating(JsonNode review, int index) {
        JsonNode rating = review == null ? null : review.get("rating");
        if (rating == null || !rating.isIntegralNumber() || rating.asInt() < 1 || rating.asInt() > 4) {
            throw new InvalidLine("reviews[" + index + "].rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)");
        }
        return Rating.ofGrade(rating.asInt());
    }

    private static int elapsedDays(JsonNode review, int index) {
        JsonNode t = review.get("t");
        if (t == null || !t.isIntegralNumber() || t.asLong() < 0 || t.asLong() > 1_000_000) {
            throw new InvalidLine("reviews[" + index + "].t must be whole days since the previous review (0 or more)");
        }
        return t.asInt();
    }

    private static final class InvalidLine extends RuntimeException {
        InvalidLine(String message) {
            super(message);
        }
    }
}
