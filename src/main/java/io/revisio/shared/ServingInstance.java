package io.revisio.shared;

import org.springframework.core.env.Environment;

/**
 * Whether this process serves requests. The operator commands (migrate, seed, check-config, rebuild) start
 * the application too, with {@link #COMMAND_PROPERTY} set; background jobs and start-up work that only a
 * serving instance needs ask here before they start.
 */
public final class ServingInstance {

    /** Set while an operator command runs. */
    public static final String COMMAND_PROPERTY = "revisio.command";

    private ServingInstance() {
    }

    public static boolean is(Environment environment) {
        return !environment.containsProperty(COMMAND_PROPERTY);
    }
}
