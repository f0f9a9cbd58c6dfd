package io.revisio.shared.config;

/**
 * Configuration properties that know their own rules. Every {@code @ConfigurationProperties} type of
 * Revisio implements it, so {@code check-config} and the production start-up guard find all of them.
 */
public interface CheckedProperties {

    /**
     * Adds every problem of this configuration to {@code problems}; never includes a secret value.
     *
     * @param production whether the {@code prod} profile is active, where the strict rules apply
     */
    void check(ConfigurationProblems problems, boolean production);
}
