package io.revisio.platform.seed;

import io.revisio.platform.config.Profiles;
import io.revisio.shared.seed.DemoData;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Loads every module's demo data; each module's loading is idempotent, so loading twice equals once. */
@Component
public class DemoSeeder {

    private final List<DemoData> demoData;
    private final Environment environment;

    DemoSeeder(List<DemoData> demoData, Environment environment) {
        this.demoData = demoData;
        this.environment = environment;
    }

    /** Loads all demo data, reporting each part as it goes; refuses in production. */
    public void seed(Consumer<String> progress) {
        if (Profiles.isProduction(environment)) {
            throw new IllegalStateException("Demo data is never loaded in production.");
        }
        if (demoData.isEmpty()) {
            progress.accept("No module provides demo data yet.");
        }
        for (DemoData data : demoData) {
            data.load();
            progress.accept("Loaded " + data.name() + ".");
        }
    }

    public List<String> announcements() {
        List<String> lines = new ArrayList<>();
        demoData.forEach(data -> lines.addAll(data.announcement()));
        return lines;
    }
}
