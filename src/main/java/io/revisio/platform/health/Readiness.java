package io.revisio.platform.health;

import io.revisio.shared.health.DependencyCheck;
import io.revisio.shared.health.DependencyState;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Probes every dependency at once, each bounded by a timeout so that a hung server answers the
 * probe as DOWN instead of hanging it.
 */
@Component
class Readiness implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Readiness.class);
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final List<DependencyCheck> checks;
    private final ExecutorService probes = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "readiness-probe");
        thread.setDaemon(true);
        return thread;
    });

    Readiness(List<DependencyCheck> checks) {
        this.checks = checks;
    }

    ReadinessReport assess() {
        Map<DependencyCheck, CompletableFuture<DependencyState>> running = new LinkedHashMap<>();
        for (DependencyCheck check : checks) {
            running.put(check, CompletableFuture.supplyAsync(() -> probe(check), probes)
                    .completeOnTimeout(DependencyState.DOWN, PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
        }
        Map<String, ReadinessReport.Component> components = new LinkedHashMap<>();
        running.forEach((check, state) ->
                components.put(check.component(), new ReadinessReport.Component(state.join(), check.hard())));
        return ReadinessReport.of(components);
    }

    private static DependencyState probe(DependencyCheck check) {
        try {
            return check.probe();
        } catch (Exception e) {
            // The reason stays in the log; the probe body names only component and state.
            log.warn("Readiness probe of {} failed: {}", check.component(), e.toString());
            return DependencyState.DOWN;
        }
    }

    @Override
    public void destroy() {
        probes.shutdownNow();
    }
}
