package io.revisio.learning.calibration;

import io.revisio.shared.paging.Page;
import io.revisio.shared.paging.PageRequest;
import io.revisio.shared.problem.ProblemException;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.Pager;
import io.revisio.shared.web.RouteAccess;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The admins' IRT calibration pages: the runs with a form that queues one, and one run with its questions
 * (a plain GET form filters and sorts them, so a view can be bookmarked).
 */
@Controller
class CalibrationPages {

    static final String RUNS = "/admin/irt";
    static final String START = RUNS + "/calibrations";
    static final String RUN = START + "/{id}";

    private final Calibrations calibrations;
    private final CalibrationStore store;
    private final CalibrationProperties properties;

    CalibrationPages(Calibrations calibrations, CalibrationStore store, CalibrationProperties properties) {
        this.calibrations = calibrations;
        this.store = store;
        this.properties = properties;
    }

    @GetMapping(RUNS)
    String runs(@RequestParam(required = false) String page, HttpServletResponse response, Model model) {
        int number;
        try {
            number = page == null || page.isBlank() ? 0 : Integer.parseInt(page.strip());
            if (number < 0 || number > 1_000_000) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return runs(model, 0, defaultsForm(), "The page must be a whole number.");
        }
        return runs(model, number, defaultsForm(), null);
    }

    /** Post/redirect/get to the new run; the list again with the reason when refused. */
    @PostMapping(START)
    String start(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String minItemAnswers,
            @RequestParam(required = false) String minStudentAnswers, HttpServletResponse response, Model model) {
        CalibrationPageViews.StartForm form = new CalibrationPageViews.StartForm(trim(minItemAnswers),
                trim(minStudentAnswers));
        Integer items = whole(minItemAnswers, 1);
        Integer students = whole(minStudentAnswers, 1);
        if (items == null || students == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return runs(model, 0, form, "Give both least numbers of answers as whole numbers from 1 to "
                    + CalibrationProperties.MAX_ANSWERS + ".");
        }
        try {
            CalibrationRun run = calibrations.request(UUID.fromString(token.getSubject()),
                    new CalibrationSettings(items, students, properties.maxResponses()));
            return "redirect:" + START + "/" + run.id();
        } catch (ProblemException refused) {
            response.setStatus(refused.status().value());
            return runs(model, 0, form, refused.getMessage());
        }
    }

    @GetMapping(RUN)
    String run(@PathVariable UUID id, @RequestParam(required = false) String flagged,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String order,
            @RequestParam(required = false) String page, HttpServletResponse response, Model model) {
        CalibrationRun run = store.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        CalibrationPageViews.ItemFilters filters = new CalibrationPageViews.ItemFilters(
                "true".equals(flagged) || "on".equals(flagged), trim(sort).isEmpty() ? "q1" : trim(sort), trim(order));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("flagged", filters.flagged() ? "true" : "");
        query.put("sort", filters.sort());
        query.put("order", filters.order());
        Page<CalibratedItem> items = null;
        String error = null;
        if (run.state() == CalibrationState.SUCCEEDED) {
            Integer number = trim(page).isEmpty() ? Integer.valueOf(0) : whole(page, 0);
            try {
                if (number == null) {
                    throw ProblemException.invalidField("page", "notANumber", "must be a whole number");
                }
                ItemOrder itemOrder = new CalibrationController.ItemsQuery(filters.flagged(), filters.sort(),
                        filters.order(), number, PageRequest.DEFAULT_SIZE).itemOrder();
                items = store.items(id, itemOrder, PageRequest.of(number, null));
            } catch (ProblemException refused) {
                response.setStatus(refused.status().value());
                error = "Choose the order from its list, and give the page as a whole number.";
            }
        }
        model.addAttribute("run", new CalibrationPageViews.RunPage(run.id(), CalibrationPageViews.state(run.state()),
                CalibrationPageViews.time(run.requestedAt()), CalibrationPageViews.time(run.startedAt()),
                CalibrationPageViews.time(run.finishedAt()), run.failure(), settings(run.settings()), summary(run),
                items == null ? List.of() : items.items().stream().map(CalibrationPageViews::line).toList(), filters,
                Arrays.stream(ItemOrder.Sort.values()).map(each -> new CalibrationPageViews.Choice(each.wireName(),
                        label(each))).toList(), items == null ? null : Pager.of(items, START + "/" + id, query), error));
        return "learning/irt-calibration";
    }

    private String runs(Model model, int page, CalibrationPageViews.StartForm form, String error) {
        Page<CalibrationRun> found = store.list(new PageRequest(page, PageRequest.DEFAULT_SIZE));
        String notice = store.active().map(active -> "A calibration is " + CalibrationPageViews.state(active.state())
                + "; a new one can start when it has finished.").orElse(null);
        model.addAttribute("calibrations", new CalibrationPageViews.RunsPage(
                found.items().stream().map(CalibrationPageViews::line).toList(), Pager.of(found, RUNS, Map.of()), form,
                notice, error));
        return "learning/irt-calibrations";
    }

    private CalibrationPageViews.StartForm defaultsForm() {
        return new CalibrationPageViews.StartForm(String.valueOf(properties.minItemAnswers()),
                String.valueOf(properties.minStudentAnswers()));
    }

    private static String settings(CalibrationSettings settings) {
        return "questions with at least %d first answers, students with at least %d, at most %d answers read"
                .formatted(settings.minItemAnswers(), settings.minStudentAnswers(), settings.maxResponses());
    }

    private static List<String> summary(CalibrationRun run) {
        List<String> lines = new ArrayList<>();
        CalibrationRun.Summary summary = run.summary();
        if (summary != null) {
            lines.add(summary.items() + " questions, " + summary.students() + " students, " + summary.responses()
                    + " first answers");
            lines.add(summary.flaggedItems() + " questions flagged for misfit");
            lines.add(summary.emIterations() + " EM iterations, " + (summary.converged() ? "converged"
                    : "stopped at the limit without converging") + "; log-likelihood "
                    + CalibrationPageViews.number(summary.logLikelihood()));
        }
        return lines;
    }

    private static String label(ItemOrder.Sort sort) {
        return switch (sort) {
            case Q1 -> "Q1";
            case OUTFIT -> "Outfit";
            case INFIT -> "Infit";
            case DISCRIMINATION -> "Discrimination";
            case DIFFICULTY -> "Difficulty";
            case ANSWERS -> "Answers";
        };
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    /** A whole number from least to the largest setting, or null. */
    private static Integer whole(String value, int least) {
        try {
            int parsed = Integer.parseInt(trim(value));
            return parsed >= least && parsed <= CalibrationProperties.MAX_ANSWERS ? parsed : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Bean
    static RouteAccess irtCalibrationPageRoutes() {
        return () -> List.of(AccessRule.get(RUNS, CalibrationController.ADMINS),
                AccessRule.post(START, CalibrationController.ADMINS),
                AccessRule.get(RUN, CalibrationController.ADMINS));
    }
}
