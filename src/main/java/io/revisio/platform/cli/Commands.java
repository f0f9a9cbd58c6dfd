package io.revisio.platform.cli;

import io.revisio.shared.ServingInstance;
import java.util.Arrays;
import java.util.Set;

/**
 * The operator commands of the executable jar: {@code migrate}, {@code seed --demo}, {@code check-config},
 * {@code rebuild <name>}.
 */
public final class Commands {

    /** Set while a command runs, so that a command never starts what only a serving instance needs. */
    public static final String PROPERTY = ServingInstance.COMMAND_PROPERTY;

    private static final Set<String> NAMES = Set.of("migrate", "seed", "check-config", "rebuild");

    private Commands() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && NAMES.contains(args[0]);
    }

    /** Runs the command named by the first argument and returns the process exit code. */
    public static int run(Class<?> application, String[] args) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "migrate" -> new MigrateCommand(application).run(rest);
            case "seed" -> new SeedCommand(application).run(rest);
            case "check-config" -> new CheckConfigCommand().run(rest);
            case "rebuild" -> new RebuildCommand(application).run(rest);
            default -> throw new IllegalArgumentException("Unknown command " + args[0]);
        };
    }
}
