package io.revisio.learning;

import io.revisio.learning.evaluation.Attempt;
import io.revisio.learning.evaluation.AttemptLine;
import io.revisio.learning.evaluation.CohortEvaluation;
import io.revisio.learning.evaluation.CohortSettings;
import io.revisio.learning.evaluation.LearningEvaluation;
import io.revisio.learning.progress.AttemptLog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code learning evaluate}: replays an attempt log (JSON lines on standard input) in time order and
 * reports the log loss, AUC and calibration of the knowledge tracing and Elo predictions against the
 * running-share baseline on held-out students; with {@code --simulate}, does the same on a simulated
 * cohort with known parameters and reports how well the fits recover them. Runs without starting the
 * application, except with {@code --from-database}, which replays the application's own attempt log.
 */
public final class LearningCommands {

    static final String USAGE = "usage: learning evaluate < attempts.jsonl | learning evaluate --simulate"
            + " [--students n] [--skills n] [--items-per-skill n] [--attempts-per-skill n] [--test-items n] [--seed n]"
            + " | learning evaluate --from-database [--revisio.database.url=...]";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private LearningCommands() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && "learning".equals(args[0]);
    }

    /** Runs the sub-command and returns the process exit code; the application is started for --from-database. */
    public static int run(Class<?> application, String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (rest.length > 1 && "evaluate".equals(rest[0]) && "--from-database".equals(rest[1])) {
            return fromDatabase(application, Arrays.copyOfRange(rest, 2, rest.length), out, System.err);
        }
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return run(rest, in, out, System.err);
    }

    /**
     * Evaluates the attempt log of the database the application is configured for (settings such as
     * --revisio.database.url=... are passed on to it). Logging is kept to warnings so that the report is
     * what standard output carries.
     */
    static int fromDatabase(Class<?> application, String[] settings, PrintStream out, PrintStream err) {
        for (String setting : settings) {
            if (!setting.startsWith("--") || !setting.contains("=")) {
                err.println(USAGE);
                return 2;
            }
        }
        List<Attempt> attempts;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties("revisio.command=learning", "spring.main.banner-mode=off",
                        "spring.main.log-startup-info=false", "logging.level.root=WARN",
                        "revisio.seed.demo-on-start=false")
                .run(settings)) {
            attempts = context.getBean(AttemptLog.class).forEvaluation();
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            err.println("learning evaluate: cannot read the attempt log: " + root.getMessage());
            return 1;
        }
        return evaluate(attempts, out, err);
    }

    /** Exit code 0 on success, 1 on unreadable input (the line named on err), 2 on bad arguments. */
    public static int run(String[] args, BufferedReader in, PrintStream out, PrintStream err) {
        if (args.length == 0 || !"evaluate".equals(args[0])) {
            err.println(USAGE);
            return 2;
        }
        String[] options = Arrays.copyOfRange(args, 1, args.length);
        if (options.length > 0 && "--simulate".equals(options[0])) {
            CohortSettings settings;
            try {
                settings = settings(Arrays.copyOfRange(options, 1, options.length));
            } catch (IllegalArgumentException e) {
                err.println("learning evaluate: " + e.getMessage());
                return 2;
            }
            print(out, CohortEvaluation.run(settings));
            return 0;
        }
        if (options.length > 0) {
            err.println(USAGE);
            return 2;
        }
        List<Attempt> attempts = new ArrayList<>();
        int lineNumber = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    attempts.add(AttemptLine.parse(line));
                }
            }
        } catch (AttemptLine.Invalid | IllegalArgumentException e) {
            err.println("learning evaluate: line " + lineNumber + ": " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("learning evaluate: cannot read the input: " + e.getMessage());
            return 1;
        }
        return evaluate(attempts, out, err);
    }

    private static CohortSettings settings(String[] options) {
        Map<String, Integer> values = new LinkedHashMap<>();
        CohortSettings d = CohortSettings.DEFAULT;
        values.put("--students", d.students());
        values.put("--skills", d.skills());
        values.put("--items-per-skill", d.itemsPerSkill());
        values.put("--attempts-per-skill", d.attemptsPerSkill());
        values.put("--test-items", d.testItems());
        values.put("--seed", (int) d.seed());
        if (options.length % 2 != 0) {
            throw new IllegalArgumentException(USAGE);
        }
        for (int i = 0; i < options.length; i += 2) {
            if (!values.containsKey(options[i])) {
                throw new IllegalArgumentException("unknown option " + options[i] + "; " + USAGE);
            }
            try {
                values.put(options[i], Integer.parseInt(options[i + 1]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(options[i] + " must be a whole number: " + options[i + 1]);
            }
        }
        return new CohortSettings(values.get("--students"), values.get("--skills"), values.get("--items-per-skill"),
                values.get("--attempts-per-skill"), values.get("--test-items"), values.get("--seed"));
    }

    /** Evaluates the attempts and prints the report; exit code 1 when they cannot be evaluated. */
    private static int evaluate(List<Attempt> attempts, PrintStream out, PrintStream err) {
        try {
            print(out, LearningEvaluation.evaluate(attempts));
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("learning evaluate: " + e.getMessage());
            return 1;
        }
    }

    private static void print(PrintStream out, Object report) {
        out.println(JSON.writeValueAsString(report));
        out.flush();
    }
}
