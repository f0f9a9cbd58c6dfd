package io.revisio.platform.seed;

import io.revisio.shared.config.CheckedProperties;
import io.revisio.shared.config.ConfigurationProblems;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data.
 *
 * @param demoOnStart load the demo data when a serving instance starts (local runs; never production)
 */
@ConfigurationProperties("revisio.seed")
public record SeedProperties(@DefaultValue("true") boolean demoOnStart) implements CheckedProperties {

    @Override
    public void check(ConfigurationProblems problems, boolean production) {
        if (production && demoOnStart) {
            problems.add("revisio.seed.demo-on-start", "must be false in production; production never seeds");
        }
    }
}
