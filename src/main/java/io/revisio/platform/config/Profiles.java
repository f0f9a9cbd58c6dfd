package io.revisio.platform.config;

import org.springframework.core.env.Environment;

/** The deployment profiles Revisio knows. */
public final class Profiles {

    public static final String PRODUCTION = "prod";

    private Profiles() {
    }

    public static boolean isProduction(Environment environment) {
        return environment.matchesProfiles(PRODUCTION);
    }
}
