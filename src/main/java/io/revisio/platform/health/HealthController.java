package io.revisio.platform.health;

import io.revisio.shared.ApiPaths;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Liveness (no dependency touched) and readiness (every dependency probed). */
@RestController
class HealthController {

    private final Readiness readiness;

    HealthController(Readiness readiness) {
        this.readiness = readiness;
    }

    @GetMapping({ApiPaths.HEALTH, ApiPaths.V1 + "/health"})
    Map<String, String> live() {
        return Map.of("status", "UP");
    }

    @GetMapping(ApiPaths.V1 + "/health/ready")
    ResponseEntity<ReadinessReport> ready() {
        ReadinessReport report = readiness.assess();
        return ResponseEntity.status(report.servesTraffic() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(report);
    }
}
