package io.revisio.platform.cli;

import io.revisio.platform.seed.DemoSeeder;
import java.time.Duration;
import java.util.Arrays;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code seed --demo}: loads the demo data idempotently; refused in production. */
final class SeedCommand {

    private final Class<?> application;

    SeedCommand(Class<?> application) {
        this.application = application;
    }

    int run(String[] args) {
        if (Arrays.stream(args).noneMatch("--demo"::equals)) {
            System.err.println("Usage: seed --demo   (loads the demo data; reference data comes from migrations)");
            return 2;
        }
        String[] rest = Arrays.stream(args).filter(arg -> !arg.equals("--demo")).toArray(String[]::new);
        try (ConfigurableApplicationContext context = CommandContext.start(application, "seed", rest,
                "revisio.seed.demo-on-start=false")) {
            DemoSeeder seeder = context.getBean(DemoSeeder.class);
            seeder.seed(System.out::println);
            if (!CommandContext.awaitEventListeners(context, Duration.ofSeconds(60))) {
                System.out.println("Some follow-up work of the seed is still pending; it completes when Revisio next starts.");
            }
            seeder.announcements().forEach(System.out::println);
            return 0;
        } catch (RuntimeException e) {
            System.err.println("Seeding failed: " + MigrateCommand.rootMessage(e));
            return 1;
        }
    }
}
