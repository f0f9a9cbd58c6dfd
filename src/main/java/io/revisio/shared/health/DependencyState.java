package io.revisio.shared.health;

/** What a readiness probe found. */
public enum DependencyState {
    UP,
    DOWN,
    /** Not configured in this deployment, so not probed. */
    DISABLED
}
