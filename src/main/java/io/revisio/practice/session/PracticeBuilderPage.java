package io.revisio.practice.session;

import static io.revisio.practice.session.PracticePageSupport.NEW;
import static io.revisio.practice.session.PracticePageSupport.STUDENTS;
import static io.revisio.practice.session.PracticePageSupport.integers;
import static io.revisio.practice.session.PracticePageSupport.message;
import static io.revisio.practice.session.PracticePageSupport.session;
import static io.revisio.practice.session.PracticePageSupport.student;
import static io.revisio.practice.session.PracticePageSupport.uuids;

import io.revisio.practice.pool.PoolCounts;
import io.revisio.practice.pool.PoolFilter;
import io.revisio.shared.problem.ProblemException;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The test builder: mode, pools, difficulties, syllabus picker and count. htmx only refreshes the picker's
 * counts; building is a plain form that redirects to the player or shows the builder again with the refusal.
 */
@Controller
class PracticeBuilderPage {

    private static final int DEFAULT_COUNT = 20;

    private final PracticeSessionBuilder builder;
    private final PoolCounts counts;

    PracticeBuilderPage(PracticeSessionBuilder builder, PoolCounts counts) {
        this.builder = builder;
        this.counts = counts;
    }

    /** The builder; an htmx request (the student changed a choice) gets only the syllabus picker back. */
    @GetMapping(NEW)
    String builder(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String mode,
            @RequestParam(required = false) String timed, @RequestParam(required = false) List<String> pools,
            @RequestParam(required = false) List<String> difficulties,
            @RequestParam(required = false) List<String> nodes, @RequestParam(required = false) String count,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        PracticePageViews.Builder form = form(student(token), mode, timed, pools, difficulties, nodes, count, null);
        model.addAttribute("builder", form);
        return htmx != null ? "practice/syllabus-picker" : "practice/builder";
    }

    @PostMapping(NEW)
    String build(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String mode,
            @RequestParam(required = false) String timed, @RequestParam(required = false) List<String> pools,
            @RequestParam(required = false) List<String> difficulties,
            @RequestParam(required = false) List<String> nodes, @RequestParam(required = false) String count,
            HttpServletResponse response, Model model) {
        UUID student = student(token);
        try {
            PracticeMode chosen = mode(mode);
            boolean adaptive = chosen == PracticeMode.ADAPTIVE; // chooses its own pools and difficulties
            BuildRequest request = new BuildRequest(chosen, chosen == PracticeMode.EXAM && "true".equals(timed),
                    pools == null || adaptive ? List.of() : pools, uuids(nodes),
                    adaptive ? List.of() : integers(difficulties, "difficulties"), count(count), null);
            PracticeSessionBuilder.Built built = builder.build(student, request);
            return "redirect:" + session(built.header().id()) + "?q=1#question";
        } catch (ProblemException refusal) {
            response.setStatus(refusal.status().value());
            model.addAttribute("builder", form(student, mode, mode == null ? "true" : timed, pools, difficulties,
                    nodes, count, message(refusal)));
            return "practice/builder";
        }
    }

    private PracticePageViews.Builder form(UUID student, String mode, String timed, List<String> pools,
            List<String> difficulties, List<String> nodes, String count, String error) {
        Set<String> chosenPools = new LinkedHashSet<>(pools == null ? List.of() : pools);
        Set<Integer> chosenDifficulties = new LinkedHashSet<>();
        Set<UUID> chosenNodes = new LinkedHashSet<>();
        PracticePageViews.Picker picker;
        try {
            chosenDifficulties.addAll(integers(difficulties, "difficulties"));
            chosenNodes.addAll(uuids(nodes));
            PoolCounts.Counts counted = counts.of(student, PoolFilter.parse(List.copyOf(chosenPools),
                    List.copyOf(chosenDifficulties)));
            picker = new PracticePageViews.Picker(counted.available(), counted.years(), chosenNodes, null);
        } catch (ProblemException refusal) {
            picker = new PracticePageViews.Picker(0, List.of(), chosenNodes, message(refusal));
        }
        String shownMode = "EXAM".equals(mode) || "ADAPTIVE".equals(mode) ? mode : "TUTOR";
        int shownCount = DEFAULT_COUNT;
        try {
            shownCount = count == null || count.isBlank() ? DEFAULT_COUNT : Integer.parseInt(count.strip());
        } catch (NumberFormatException ignored) {
            // shown as the default; building refuses the bad value with its own message
        }
        return new PracticePageViews.Builder(shownMode, mode == null || "true".equals(timed), chosenPools,
                chosenDifficulties, chosenNodes, shownCount, picker, error);
    }

    private static PracticeMode mode(String mode) {
        try {
            return PracticeMode.valueOf(mode == null ? "" : mode);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("mode", "required", "must be tutor, exam or adaptive");
        }
    }

    private static int count(String count) {
        try {
            int value = Integer.parseInt(count == null ? "" : count.strip());
            if (value >= 1 && value <= 200) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // refused below
        }
        throw ProblemException.invalidField("count", "outOfRange", "must be a number from 1 to 200");
    }

    @Bean
    static RouteAccess practiceBuilderRoutes() {
        return () -> List.of(AccessRule.get(NEW, STUDENTS), AccessRule.post(NEW, STUDENTS));
    }
}
