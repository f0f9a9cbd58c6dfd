package io.revisio.platform.cli;

import io.revisio.shared.rebuild.Rebuildable;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code rebuild <name>}: recomputes derived state (e.g. {@code revision-cards}) from the append-only facts
 * it comes from; {@code rebuild} alone lists what can be rebuilt.
 */
final class RebuildCommand {

    private final Class<?> application;

    RebuildCommand(Class<?> application) {
        this.application = application;
    }

    int run(String[] args) {
        String name = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).findFirst().orElse(null);
        String[] settings = Arrays.stream(args).filter(arg -> arg.startsWith("--")).toArray(String[]::new);
        try (ConfigurableApplicationContext context = CommandContext.start(application, "rebuild", settings,
                "revisio.seed.demo-on-start=false")) {
            Map<String, Rebuildable> known = new TreeMap<>();
            context.getBeansOfType(Rebuildable.class).values().forEach(each -> known.put(each.name(), each));
            Rebuildable chosen = name == null ? null : known.get(name);
            if (chosen == null) {
                System.err.println("Usage: rebuild <name>, one of: " + String.join(", ", known.keySet()));
                return 2;
            }
            System.out.println("Rebuilt " + chosen.rebuild());
            return 0;
        } catch (RuntimeException e) {
            System.err.println("Rebuild failed: " + MigrateCommand.rootMessage(e));
            return 1;
        }
    }
}
