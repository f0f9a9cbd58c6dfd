package io.revisio.learning.revision;

import io.revisio.identity.Role;
import io.revisio.shared.ApiPaths;
import io.revisio.shared.web.Access;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/** The per-student weight fits: a student's own, and everyone's (or one student's) for admins. */
@RestController
class RevisionFitController {

    static final String FITS = ApiPaths.V1 + "/revision/fits";
    static final String ADMIN_FITS = ApiPaths.V1 + "/admin/revision/fits";

    private final FitStore fits;

    RevisionFitController(FitStore fits) {
        this.fits = fits;
    }

    /** @param limit how many fits, newest first, 1 to 200 (default 50) */
    record FitQuery(@Min(1) @Max(200) Integer limit) {

        int size() {
            return limit == null ? 50 : limit;
        }
    }

    /** @param student only this student's fits */
    record AdminFitQuery(UUID student, @Min(1) @Max(200) Integer limit) {

        int size() {
            return limit == null ? 50 : limit;
        }
    }

    /**
     * One fit of a student's weights.
     *
     * @param reviewsTotal       the student's reviews when it ran
     * @param reviewsUsed        the older reviews the weights were fitted on
     * @param heldOut            the newest reviews kept out of the fit to judge it
     * @param heldOutPredictions held-out reviews that were predictions, over which the log losses are taken
     * @param logLossBefore      held-out log loss of the weights the student had
     * @param logLossAfter       held-out log loss of the fitted weights
     * @param accepted           whether the fitted weights now schedule the student's reviews
     * @param weights            the fitted weights w0 to w20
     */
    record FitView(UUID id, UUID studentId, java.time.Instant fittedAt, int reviewsTotal, int reviewsUsed, int heldOut,
            int heldOutPredictions, double logLossBefore, double logLossAfter, boolean accepted, List<Double> weights) {

        static FitView of(FitStore.StoredFit fit) {
            return new FitView(fit.id(), fit.studentId(), fit.fittedAt(), fit.reviewsTotal(), fit.reviewsUsed(),
                    fit.heldOut(), fit.heldOutPredictions(), fit.logLossBefore(), fit.logLossAfter(), fit.accepted(),
                    fit.weights());
        }
    }

    record Fits(List<FitView> fits) {
    }

    @GetMapping(FITS)
    Fits mine(@AuthenticationPrincipal Jwt token, @Valid @ModelAttribute FitQuery query) {
        return new Fits(fits.recent(UUID.fromString(token.getSubject()), query.size()).stream().map(FitView::of)
                .toList());
    }

    @GetMapping(ADMIN_FITS)
    Fits all(@Valid @ModelAttribute AdminFitQuery query) {
        return new Fits(fits.recent(query.student(), query.size()).stream().map(FitView::of).toList());
    }

    @Bean
    static RouteAccess revisionFitRoutes() {
        return () -> List.of(AccessRule.get(FITS, Access.roles(Role.STUDENT.name())),
                AccessRule.get(ADMIN_FITS, Access.roles(Role.ADMIN.name())));
    }
}
