package io.revisio.platform.seed;

import io.revisio.platform.config.Profiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** A local serving instance loads the demo data as it starts, so a fresh clone has something to show. */
@Component
@ConditionalOnWebApplication
class DemoOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOnStart.class);

    private final SeedProperties seed;
    private final DemoSeeder seeder;
    private final Environment environment;

    DemoOnStart(SeedProperties seed, DemoSeeder seeder, Environment environment) {
        this.seed = seed;
        this.seeder = seeder;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (seed.demoOnStart() && !Profiles.isProduction(environment)) {
            seeder.seed(log::info);
        }
    }
}
