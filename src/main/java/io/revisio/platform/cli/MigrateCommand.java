package io.revisio.platform.cli;

import org.flywaydb.core.Flyway;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code migrate}: applies every pending migration and exits non-zero when one fails. */
final class MigrateCommand {

    private final Class<?> application;

    MigrateCommand(Class<?> application) {
        this.application = application;
    }

    int run(String[] args) {
        try (ConfigurableApplicationContext context = CommandContext.start(application, "migrate", args,
                "revisio.database.migrate-on-start=true", "revisio.seed.demo-on-start=false")) {
            Flyway flyway = context.getBean(Flyway.class);
            int pending = flyway.info().pending().length;
            if (pending > 0) {
                System.err.println("Migration incomplete: " + pending + " migration(s) still pending.");
                return 1;
            }
            String version = flyway.info().current() == null ? "none" : flyway.info().current().getVersion().toString();
            System.out.println("Database is migrated (schema version " + version + ").");
            return 0;
        } catch (RuntimeException e) {
            System.err.println("Migration failed: " + rootMessage(e));
            return 1;
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
