package io.revisio.learning;

import io.revisio.learning.fsrs.FsrsReplay;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * {@code fsrs replay [--weights w0,…,w20]} and {@code fsrs fit}: the FSRS-6 memory model and the weight
 * fit on review histories given as JSON lines, without starting the application, so that their numbers
 * can be compared with other FSRS tools.
 */
public final class FsrsCommands {

    private FsrsCommands() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && "fsrs".equals(args[0]);
    }

    /** Runs the sub-command and returns the process exit code. */
    public static int run(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String sub = rest.length == 0 ? "" : rest[0];
        String[] options = rest.length == 0 ? rest : Arrays.copyOfRange(rest, 1, rest.length);
        return switch (sub) {
            case "replay" -> FsrsReplay.replay(options, in, out, System.err);
            case "fit" -> FsrsReplay.fit(options, in, out, System.err);
            case "evaluate" -> FsrsReplay.evaluate(options, in, out, System.err);
            case "simulate" -> FsrsReplay.simulate(options, out, System.err);
            default -> {
                System.err.println("usage: fsrs replay [--weights w0,...,w20] < reviews.jsonl | fsrs fit < reviews.jsonl"
                        + " | fsrs evaluate [--weights w0,...,w20] < reviews.jsonl"
                        + " | fsrs simulate --cards n --reviews m --seed s [--weights w0,...,w20]");
                yield 2;
            }
        };
    }
}
