package io.revisio.learning.calibration;

import io.revisio.identity.Role;
import io.revisio.shared.ApiPaths;
import io.revisio.shared.paging.Page;
import io.revisio.shared.paging.PageRequest;
import io.revisio.shared.problem.ProblemException;
import io.revisio.shared.web.Access;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * IRT calibration runs for admins: queue one (it runs in the background), list them, read one with its
 * summary, and read its per-question parameters with standard errors and fit. See docs/learning/irt-calibration.md.
 */
@RestController
class CalibrationController {

    static final String RUNS = ApiPaths.V1 + "/admin/irt/calibrations";
    static final String RUN = RUNS + "/{id}";
    static final String ITEMS = RUN + "/items";
    static final Access ADMINS = Access.roles(Role.ADMIN.name());

    private final Calibrations calibrations;
    private final CalibrationStore store;
    private final CalibrationProperties properties;

    CalibrationController(Calibrations calibrations, CalibrationStore store, CalibrationProperties properties) {
        this.calibrations = calibrations;
        this.store = store;
        this.properties = properties;
    }

    /**
     * Settings of one run; each left out takes its configured default.
     *
     * @param minItemAnswers    first answers a question needs to be calibrated
     * @param minStudentAnswers first answers to calibrated questions a student needs to count
     * @param maxResponses      most first answers read (whole students beyond it are left out)
     */
    record CalibrationRequest(@Min(1) @Max(CalibrationProperties.MAX_ANSWERS) Integer minItemAnswers,
            @Min(1) @Max(CalibrationProperties.MAX_ANSWERS) Integer minStudentAnswers,
            @Min(1) @Max(CalibrationProperties.MAX_RESPONSES) Integer maxResponses) {

        CalibrationSettings settings(CalibrationSettings defaults) {
            return new CalibrationSettings(minItemAnswers == null ? defaults.minItemAnswers() : minItemAnswers,
                    minStudentAnswers == null ? defaults.minStudentAnswers() : minStudentAnswers,
                    maxResponses == null ? defaults.maxResponses() : maxResponses);
        }
    }

    record RunsQuery(@Min(0) @Max(1_000_000) Integer page, @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
    }

    /**
     * @param flagged only questions flagged for misfit
     * @param sort    q1 (default), outfit, infit, discrimination, difficulty or answers
     * @param order   asc or desc; by default the most suspect first (largest fit statistics, lowest discrimination)
     */
    record ItemsQuery(Boolean flagged, String sort, String order, @Min(0) @Max(1_000_000) Integer page,
            @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {

        ItemOrder itemOrder() {
            ItemOrder.Sort chosen = sort == null || sort.isBlank() ? ItemOrder.Sort.Q1 : ItemOrder.Sort.named(sort);
            if (chosen == null) {
                throw ProblemException.invalidField("sort", "unknownSort", "must be one of " + ItemOrder.Sort.choices());
            }
            boolean ascending = chosen.ascendingByDefault;
            if (order != null && !order.isBlank()) {
                if (!order.equals("asc") && !order.equals("desc")) {
                    throw ProblemException.invalidField("order", "unknownOrder", "must be asc or desc");
                }
                ascending = order.equals("asc");
            }
            return new ItemOrder(Boolean.TRUE.equals(flagged), chosen, ascending);
        }
    }

    @PostMapping(RUNS)
    ResponseEntity<CalibrationRun> request(@AuthenticationPrincipal Jwt token,
            @Valid @RequestBody(required = false) CalibrationRequest body) {
        CalibrationSettings settings = body == null ? properties.defaults() : body.settings(properties.defaults());
        CalibrationRun run = calibrations.request(UUID.fromString(token.getSubject()), settings);
        return ResponseEntity.accepted().location(URI.create(RUNS + "/" + run.id())).body(run);
    }

    @GetMapping(RUNS)
    Page<CalibrationRun> list(@Valid @ModelAttribute RunsQuery query) {
        return store.list(PageRequest.of(query.page(), query.size()));
    }

    @GetMapping(RUN)
    CalibrationRun one(@PathVariable UUID id) {
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    @GetMapping(ITEMS)
    Page<CalibratedItem> items(@PathVariable UUID id, @Valid @ModelAttribute ItemsQuery query) {
        ItemOrder order = query.itemOrder();
        CalibrationRun run = store.find(id).orElseThrow(() -> notFound(id));
        if (run.state() != CalibrationState.SUCCEEDED) {
            throw new ProblemException(HttpStatus.CONFLICT, "irt-calibration-not-succeeded",
                    "Calibration " + id + " is " + run.state() + "; only a succeeded run has items.")
                    .with("state", run.state().name());
        }
        return store.items(id, order, PageRequest.of(query.page(), query.size()));
    }

    static ProblemException notFound(UUID id) {
        return new ProblemException(HttpStatus.NOT_FOUND, "irt-calibration-not-found", "No calibration " + id + ".");
    }

    @Bean
    static RouteAccess irtCalibrationRoutes() {
        return () -> List.of(AccessRule.post(RUNS, ADMINS), AccessRule.get(RUNS, ADMINS), AccessRule.get(RUN, ADMINS),
                AccessRule.get(ITEMS, ADMINS));
    }
}
