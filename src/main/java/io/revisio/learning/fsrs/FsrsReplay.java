package io.revisio.learning.fsrs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code fsrs} commands on JSON lines ({@link ReviewLine}).
 * <ul>
 * <li>{@code replay [--weights w0,…,w20]}: one output line per input line,
 * {@code {"states": [{"S": …, "D": …, "I": …}, …]}} — the memory after each review and the plain interval in
 * days for that line's retention (no fuzz, no ordering rule).</li>
 * <li>{@code fit}: all lines as one student's log; prints
 * {@code {"weights": […], "logLoss": …, "defaultLogLoss": …, "reviews": n}}, n being the reviews predicted
 * (those a day or more after the previous one).</li>
 * <li>{@code evaluate [--weights w0,…,w20]}: all lines as one log; prints
 * {@code {"logLoss": …, "calibrationRmse": …, "reviews": n, "bins": […]}} (see {@link Calibration}).</li>
 * <li>{@code simulate --cards n --reviews m --seed s [--weights w0,…,w20]}: writes the log of a simulated
 * student whose memory follows the given (true) weights, as input lines for the other commands.</li>
 * </ul>
 */
public final class FsrsReplay {

    private FsrsReplay() {
    }

    /** Exit code 0 on success; 1 at the first invalid line (named on {@code err}); 2 on bad arguments. */
    public static int replay(String[] args, BufferedReader in, PrintStream out, PrintStream err) {
        MemoryModel model;
        try {
            model = new MemoryModel(weights(args));
        } catch (IllegalArgumentException e) {
            err.println("fsrs replay: " + e.getMessage());
            return 2;
        }
        return eachLine("fsrs replay", in, out, err, line -> {
            List<Map<String, Object>> states = new ArrayList<>();
            MemoryState memory = null;
            for (ReviewHistory.Review review : line.history().reviews()) {
                memory = memory == null ? model.first(review.rating())
                        : model.next(memory, review.elapsedDays(), review.rating());
                Map<String, Object> state = new LinkedHashMap<>();
                state.put("S", memory.stability());
                state.put("D", memory.difficulty());
                state.put("I", model.interval(memory.stability(), line.retention(), MemoryModel.DEFAULT_MAXIMUM_INTERVAL));
                states.add(state);
            }
            out.println(ReviewLine.JSON.writeValueAsString(Map.of("states", states)));
        });
    }

    public static int fit(String[] args, BufferedReader in, PrintStream out, PrintStream err) {
        if (args.length > 0) {
            err.println("usage: fsrs fit < reviews.jsonl");
            return 2;
        }
        List<ReviewHistory> log = new ArrayList<>();
        int code = eachLine("fsrs fit", in, out, err, line -> log.add(line.history()));
        if (code != 0) {
            return code;
        }
        WeightFitter.Fit fit = new WeightFitter().fit(log, FsrsWeights.DEFAULT);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("weights", fit.weights().toArray());
        result.put("logLoss", fit.logLoss());
        result.put("defaultLogLoss", fit.startLogLoss());
        result.put("reviews", fit.predictions());
        out.println(ReviewLine.JSON.writeValueAsString(result));
        out.flush();
        return 0;
    }

    public static int evaluate(String[] args, BufferedReader in, PrintStream out, PrintStream err) {
        FsrsWeights weights;
        try {
            weights = weights(args);
        } catch (IllegalArgumentException e) {
            err.println("fsrs evaluate: " + e.getMessage());
            return 2;
        }
        List<ReviewHistory> log = new ArrayList<>();
        int code = eachLine("fsrs evaluate", in, out, err, line -> log.add(line.history()));
        if (code != 0) {
            return code;
        }
        LogLoss loss = LogLoss.of(weights, log);
        Calibration calibration = Calibration.of(weights, log);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("logLoss", loss.value());
        result.put("calibrationRmse", calibration.weightedRmse());
        result.put("reviews", loss.predictions());
        result.put("bins", calibration.bins());
        out.println(ReviewLine.JSON.writeValueAsString(result));
        out.flush();
        return 0;
    }

    public static int simulate(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        try {
            if (args.length % 2 != 0 || !List.of("--cards", "--reviews", "--seed", "--weights")
                    .containsAll(options.keySet())) {
                throw new IllegalArgumentException("usage: fsrs simulate --cards n --reviews m --seed s [--weights w0,...,w20]");
            }
            int cards = Integer.parseInt(options.getOrDefault("--cards", "1000"));
            int reviews = Integer.parseInt(options.getOrDefault("--reviews", "8"));
            long seed = Long.parseLong(options.getOrDefault("--seed", "1"));
            if (cards < 1 || reviews < 2) {
                throw new IllegalArgumentException("at least one card and two reviews per card");
            }
            FsrsWeights truth = options.containsKey("--weights")
                    ? weights(new String[] {"--weights", options.get("--weights")}) : FsrsWeights.DEFAULT;
            for (ReviewHistory history : new ReviewSimulator(truth, 0.9).simulate(cards, reviews, seed)) {
                List<Map<String, Object>> lines = new ArrayList<>();
                for (ReviewHistory.Review review : history.reviews()) {
                    lines.add(Map.of("t", review.elapsedDays(), "rating", review.rating().grade()));
                }
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("retention", 0.9);
                line.put("reviews", lines);
                out.println(ReviewLine.JSON.writeValueAsString(line));
            }
            out.flush();
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("fsrs simulate: " + e.getMessage());
            return 2;
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

    private interface LineHandler {
        void accept(ReviewLine line);
    }

    private static int eachLine(String command, BufferedReader in, PrintStream out, PrintStream err,
            LineHandler handler) {
        int lineNumber = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    handler.accept(ReviewLine.parse(line));
                }
            }
            out.flush();
            return 0;
        } catch (ReviewLine.Invalid e) {
            out.flush();
            err.println(command + ": line " + lineNumber + ": " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println(command + ": cannot read the input: " + e.getMessage());
            return 1;
        }
    }
}
