package io.revisio.practice.session;

import io.revisio.identity.Role;
import io.revisio.practice.pool.PoolCounts;
import io.revisio.practice.pool.PoolFilter;
import io.revisio.practice.session.PracticePageViews.Feedback;
import io.revisio.practice.session.PracticePageViews.Option;
import io.revisio.practice.session.PracticePageViews.Part;
import io.revisio.practice.session.PracticePageViews.Score;
import io.revisio.practice.session.PracticePageViews.SessionLine;
import io.revisio.practice.session.PracticePageViews.Step;
import io.revisio.shared.problem.ProblemException;
import io.revisio.shared.web.Access;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The student's practice pages: the dashboard, the test builder, the player, the results and the review.
 * Every page works with plain forms (post/redirect/get); htmx only refreshes the builder's counts and a small
 * script adds keyboard shortcuts and the countdown. The server owns the session: each page first lets it
 * expire a session whose deadline has passed.
 */
@Controller
class PracticePages {

    static final String PRACTICE = "/practice";
    static final String NEW = PRACTICE + "/new";
    static final String SESSION = PRACTICE + "/sessions/{id}";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final int DEFAULT_COUNT = 20;

    private final PracticeSessionBuilder builder;
    private final PracticeSessionRepository sessions;
    private final PracticeSessionViews views;
    private final Answering answering;
    private final PracticeSessionEnding ending;
    private final PracticeSessionReview review;
    private final PracticeSessionResults results;
    private final PoolCounts counts;
    private final Clock clock;

    PracticePages(PracticeSessionBuilder builder, PracticeSessionRepository sessions, PracticeSessionViews views,
            Answering answering, PracticeSessionEnding ending, PracticeSessionReview review,
            PracticeSessionResults results, PoolCounts counts, Clock clock) {
        this.builder = builder;
        this.sessions = sessions;
        this.views = views;
        this.answering = answering;
        this.ending = ending;
        this.review = review;
        this.results = results;
        this.counts = counts;
        this.clock = clock;
    }

    @GetMapping(PRACTICE)
    String dashboard(@AuthenticationPrincipal Jwt token, Model model) {
        UUID student = student(token);
        List<SessionLine> open = new ArrayList<>();
        List<SessionLine> finished = new ArrayList<>();
        for (PracticeSessionRepository.Listed listed : sessions.recent(student, 30)) {
            PracticeSessionRepository.Header header = listed.header();
            if (header.state() == PracticeSessionState.IN_PROGRESS && header.deadline() != null
                    && !clock.instant().isBefore(header.deadline())) {
                ending.settle(student, header.id()); // shown as it stands: expired
                header = sessions.header(header.id(), student).orElseThrow();
            }
            String score = header.state().hasResult() && header.correctCount() != null
                    ? header.correctCount() + " of " + listed.count() + " ("
                    + PracticePageViews.percent(PracticeSessionResults.Score.of(header.correctCount(),
                    listed.count()).percent()) + ")" : null;
            SessionLine line = new SessionLine(header.id(), header.mode().name(), header.deadline() != null,
                    header.state().name(), WHEN.format(header.createdAt()), listed.count(), listed.answered(), score);
            (header.state() == PracticeSessionState.IN_PROGRESS ? open : finished).add(line);
        }
        model.addAttribute("dashboard", new PracticePageViews.Dashboard(open,
                finished.stream().limit(10).toList()));
        return "practice/dashboard";
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
            BuildRequest request = new BuildRequest(chosen, chosen == PracticeMode.EXAM && "true".equals(timed),
                    pools == null ? List.of() : pools, uuids(nodes), integers(difficulties, "difficulties"),
                    count(count), null);
            PracticeSessionBuilder.Built built = builder.build(student, request);
            return "redirect:" + PRACTICE + "/sessions/" + built.header().id() + "?q=1#question";
        } catch (ProblemException refusal) {
            response.setStatus(refusal.status().value());
            model.addAttribute("builder", form(student, mode, mode == null ? "true" : timed, pools, difficulties,
                    nodes, count, message(refusal)));
            return "practice/builder";
        }
    }

    @GetMapping(SESSION)
    String player(@AuthenticationPrincipal Jwt token, @PathVariable UUID id,
            @RequestParam(required = false) String q, @RequestParam(required = false) String confirm, Model model) {
        UUID student = student(token);
        PracticeSessionRepository.Header header = settled(student, id);
        if (header.state() != PracticeSessionState.IN_PROGRESS) {
            return "redirect:" + (header.state().hasResult() ? results(id) : PRACTICE);
        }
        model.addAttribute("player", player(header, position(q), "true".equals(confirm), null));
        return "practice/player";
    }

    /**
     * One form for the question on screen: the answer (sent only when it changed, with the form's answer id),
     * the flag and the struck-out options, then a move to the previous, next or same question or to submit.
     */
    @PostMapping(SESSION + "/questions/{questionId}")
    String answer(@AuthenticationPrincipal Jwt token, @PathVariable UUID id, @PathVariable UUID questionId,
            @RequestParam(required = false) String answerId, @RequestParam(required = false) String option,
            @RequestParam(required = false) String flagged, @RequestParam(required = false) String marks,
            @RequestParam(required = false) List<String> struck, @RequestParam(required = false) String go,
            @RequestParam(required = false) String position, HttpServletResponse response, Model model) {
        UUID student = student(token);
        PracticeSessionRepository.Header header = settled(student, id);
        if (header.state() != PracticeSessionState.IN_PROGRESS) {
            return "redirect:" + (header.state().hasResult() ? results(id) : PRACTICE);
        }
        PracticeSessionItem item = sessions.items(id).stream().filter(it -> it.questionId().equals(questionId))
                .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        int at = item.position() + 1;
        try {
            Integer chosen = option == null || option.isBlank() ? null : integer(option, "option");
            Integer current = item.answered() ? item.shownPlace(item.chosenIndex()) : null;
            boolean locked = header.mode() == PracticeMode.TUTOR && item.answered();
            Integer send = chosen == null || chosen.equals(current) || locked ? null : chosen;
            boolean marking = marks != null;
            if (send != null || marking) {
                answering.answer(student, id, questionId, new AnswerRequest(send == null ? null : uuid(answerId),
                        send, marking ? Boolean.valueOf("true".equals(flagged)) : null,
                        marking ? integers(struck, "struck") : null, null));
            }
        } catch (ProblemException refusal) {
            if ("practice-session-closed".equals(refusal.type())) {
                return "redirect:" + results(id);
            }
            response.setStatus(refusal.status().value());
            model.addAttribute("player", player(sessions.header(id, student).orElseThrow(), at, false,
                    message(refusal)));
            return "practice/player";
        }
        String base = PRACTICE + "/sessions/" + id;
        return "redirect:" + switch (go == null ? "" : go) {
            case "next" -> base + "?q=" + (at + 1) + "#question";
            case "prev" -> base + "?q=" + (at - 1) + "#question";
            case "finish" -> base + "?q=" + at + "&confirm=true#confirm";
            default -> base + "?q=" + at + (header.mode() == PracticeMode.TUTOR ? "#feedback" : "#question");
        };
    }

    @PostMapping(SESSION + "/submit")
    String submit(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        UUID student = student(token);
        PracticeSessionRepository.Header header = settled(student, id);
        if (header.state() == PracticeSessionState.ABANDONED) {
            return "redirect:" + PRACTICE;
        }
        ending.submit(student, id);
        return "redirect:" + results(id);
    }

    @GetMapping(SESSION + "/results")
    String results(@AuthenticationPrincipal Jwt token, @PathVariable UUID id, Model model) {
        UUID student = student(token);
        PracticeSessionRepository.Header header = settled(student, id);
        if (!header.state().hasResult()) {
            return "redirect:" + (header.state() == PracticeSessionState.IN_PROGRESS
                    ? PRACTICE + "/sessions/" + id : PRACTICE);
        }
        PracticeSessionResults.Result result = results.of(header, sessions.items(id));
        model.addAttribute("results", new PracticePageViews.Results(id, header.state().name(), score(result.score()),
                parts(result.blocks()), parts(result.themes())));
        return "practice/results";
    }

    @GetMapping(SESSION + "/review")
    String review(@AuthenticationPrincipal Jwt token, @PathVariable UUID id,
            @RequestParam(required = false) String filter, Model model) {
        UUID student = student(token);
        PracticeSessionRepository.Header header = settled(student, id);
        if (!header.state().hasResult()) {
            return "redirect:" + PRACTICE + "/sessions/" + id;
        }
        PracticeSessionReview.Filter chosen;
        try {
            chosen = PracticeSessionReview.Filter.named(filter);
        } catch (IllegalArgumentException e) {
            chosen = PracticeSessionReview.Filter.ALL;
        }
        PracticeSessionReview.Review seen = review.of(student, id, chosen);
        List<PracticePageViews.ReviewQuestion> questions = seen.questions().stream()
                .map(question -> new PracticePageViews.ReviewQuestion(question.position() + 1, question.stem(),
                        question.options().stream().map(o -> new PracticePageViews.ReviewOption(o.option(), o.text(),
                                o.correct(), o.yours(), o.share() == null ? null
                                : Math.round(o.share() * 100) + "%")).toList(),
                        question.yourOption(), question.correctOption(), question.correct(), question.explanation(),
                        question.references().stream().map(r -> r.source()
                                + (r.page() == null || r.page().isBlank() ? "" : ", p. " + r.page())).toList(),
                        PracticePageViews.duration(question.timeSpentMs()), question.flagged(),
                        question.chosenByPeers()))
                .toList();
        model.addAttribute("review", new PracticePageViews.Review(id, seen.filter(), score(seen.result().score()),
                questions));
        return "practice/review";
    }

    private PracticePageViews.Player player(PracticeSessionRepository.Header header, int requested, boolean confirm,
            String error) {
        PracticeSessionViews.SessionView view = views.session(header, sessions.items(header.id()), null);
        int position = Math.max(1, Math.min(requested, view.questions().size()));
        PracticeSessionViews.QuestionView shown = view.questions().get(position - 1);
        boolean tutor = header.mode() == PracticeMode.TUTOR;
        Integer chosen = shown.answer() == null ? null : shown.answer().option();
        List<Option> options = shown.options().stream().map(option -> new Option(option.option(), option.text(),
                chosen != null && chosen == option.option(), shown.struckOut().contains(option.option()))).toList();
        Feedback feedback = shown.feedback() == null ? null : new Feedback(shown.feedback().correct(),
                shown.feedback().correctOption(), shown.feedback().explanation());
        PracticePageViews.Question question = new PracticePageViews.Question(shown.questionId(), shown.stem(),
                options, chosen, shown.flagged(), tutor && chosen != null, feedback);
        List<Step> steps = view.questions().stream()
                .map(q -> new Step(q.position() + 1, q.answer() != null, q.flagged())).toList();
        Long secondsLeft = header.deadline() == null ? null
                : Math.max(0, Duration.between(clock.instant(), header.deadline()).toSeconds());
        return new PracticePageViews.Player(header.id(), tutor, header.deadline() != null, secondsLeft, position,
                view.count(), view.asked(), view.answered(), question, steps, confirm, error, UUID.randomUUID());
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
        String shownMode = "EXAM".equals(mode) ? "EXAM" : "TUTOR";
        int shownCount = DEFAULT_COUNT;
        try {
            shownCount = count == null || count.isBlank() ? DEFAULT_COUNT : Integer.parseInt(count.strip());
        } catch (NumberFormatException ignored) {
            // shown as the default; building refuses the bad value with its own message
        }
        return new PracticePageViews.Builder(shownMode, mode == null || "true".equals(timed), chosenPools,
                chosenDifficulties, chosenNodes, shownCount, picker, error);
    }

    /** The session after the server has expired it if its deadline passed; another student's is a 404. */
    private PracticeSessionRepository.Header settled(UUID student, UUID id) {
        ending.settle(student, id);
        return sessions.header(id, student).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Score score(PracticeSessionResults.Score score) {
        return new Score(score.correct(), score.total(), PracticePageViews.percent(score.percent()));
    }

    private static List<Part> parts(List<PracticeSessionResults.Part> parts) {
        return parts.stream().map(part -> new Part(part.code(), part.name() == null ? "Not filed" : part.name(),
                score(part.score()))).toList();
    }

    private static String results(UUID id) {
        return PRACTICE + "/sessions/" + id + "/results";
    }

    private static int position(String q) {
        try {
            return q == null ? 1 : Integer.parseInt(q.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static PracticeMode mode(String mode) {
        try {
            return PracticeMode.valueOf(mode == null ? "" : mode);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("mode", "required", "must be tutor or exam");
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

    private static Integer integer(String value, String field) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field, "typeMismatch", "must be a number");
        }
    }

    private static List<Integer> integers(List<String> values, String field) {
        return values == null ? List.of() : values.stream().map(value -> integer(value, field)).toList();
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("answerId", "typeMismatch", "must be an id");
        }
    }

    private static List<UUID> uuids(List<String> values) {
        try {
            return values == null ? List.of() : values.stream().map(value -> UUID.fromString(value.strip())).toList();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("nodes", "unknownNode", "must be syllabus nodes students can practise");
        }
    }

    @SuppressWarnings("unchecked")
    private static String message(ProblemException refusal) {
        if (refusal.properties().get("errors") instanceof List<?> errors && !errors.isEmpty()
                && errors.get(0) instanceof Map<?, ?> error) {
            return "The " + error.get("field") + " " + error.get("message") + ".";
        }
        return refusal.getMessage();
    }

    private static UUID student(Jwt token) {
        return UUID.fromString(token.getSubject());
    }

    @Bean
    static RouteAccess practicePageRoutes() {
        // The practice pages are for students, as the practice API is.
        Access students = Access.roles(Role.STUDENT.name());
        return () -> List.of(
                AccessRule.get(PRACTICE, students),
                AccessRule.get(NEW, students),
                AccessRule.post(NEW, students),
                AccessRule.get(SESSION, students),
                AccessRule.post(SESSION + "/questions/{questionId}", students),
                AccessRule.post(SESSION + "/submit", students),
                AccessRule.get(SESSION + "/results", students),
                AccessRule.get(SESSION + "/review", students));
    }
}
