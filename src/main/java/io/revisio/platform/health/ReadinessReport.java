package io.revisio.platform.health;

import io.revisio.shared.health.DependencyState;
import java.util.Map;
import java.util.TreeMap;

/**
 * The readiness probe's answer: NOT_READY when a hard dependency is down, DEGRADED when only a soft
 * one is, READY otherwise.
 */
record ReadinessReport(Status status, Map<String, Component> components) {

    enum Status { READY, DEGRADED, NOT_READY }

    record Component(DependencyState state, boolean hard) {
    }

    static ReadinessReport of(Map<String, Component> components) {
        boolean hardDown = components.values().stream().anyMatch(c -> c.hard() && c.state() == DependencyState.DOWN);
        boolean softDown = components.values().stream().anyMatch(c -> !c.hard() && c.state() == DependencyState.DOWN);
        Status status = hardDown ? Status.NOT_READY : softDown ? Status.DEGRADED : Status.READY;
        return new ReadinessReport(status, new TreeMap<>(components));
    }

    boolean servesTraffic() {
        return status != Status.NOT_READY;
    }
}
