package io.revisio.shared.health;

/**
 * One external dependency the readiness probe looks at. Modules contribute beans of this type.
 */
public interface DependencyCheck {

    /** Stable component name shown in the readiness body, e.g. {@code database}. */
    String component();

    /**
     * A hard dependency takes the instance out of rotation when down; a soft one only degrades it,
     * because the application keeps serving without it.
     */
    boolean hard();

    /** Probes the dependency. May throw; the caller turns any failure into {@link DependencyState#DOWN}. */
    DependencyState probe() throws Exception;
}
