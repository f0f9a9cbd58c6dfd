package io.revisio.platform.config;

import io.revisio.shared.config.ConfigurationProblems;

/** Thrown at start-up when the configuration has problems; the message lists all of them. */
public class InvalidConfigurationException extends RuntimeException {

    public InvalidConfigurationException(ConfigurationProblems problems) {
        super(problems.describe());
    }
}
