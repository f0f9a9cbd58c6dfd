package io.revisio.learning.revision;

import io.revisio.content.PublishedQuestions;
import io.revisio.identity.Role;
import io.revisio.learning.fsrs.SchedulerSettings;
import io.revisio.practice.PracticedQuestions;
import io.revisio.shared.problem.ProblemException;
import io.revisio.shared.web.Access;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The student's revision page: today's due cards most at risk first, suspending, snoozing and taking back
 * cards, starting a revision session, the month's forecast, the settings and the weight fits. Plain forms
 * with post/redirect/get; a refused form shows the page again with the reason.
 */
@Controller
class RevisionPages {

    static final String PAGE = "/revision";
    static final String START = PAGE + "/sessions";
    static final String SETTINGS = PAGE + "/settings";
    static final String CARD = PAGE + "/cards/{questionId}";

    private static final String TEMPLATE = "learning/revision";
    private static final int SUSPENDED_SHOWN = 200;
    private static final int FITS_SHOWN = 10;
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final RevisionQueue queue;
    private final CardStore cards;
    private final RevisionSettingsStore settings;
    private final RevisionSessions sessions;
    private final CardChoices choices;
    private final FitStore fits;
    private final StudentWeights weights;
    private final PracticedQuestions practiced;
    private final PublishedQuestions published;
    private final Clock clock;

    RevisionPages(RevisionQueue queue, CardStore cards, RevisionSettingsStore settings, RevisionSessions sessions,
            CardChoices choices, FitStore fits, StudentWeights weights, PracticedQuestions practiced,
            PublishedQuestions published, Clock clock) {
        this.queue = queue;
        this.cards = cards;
        this.settings = settings;
        this.sessions = sessions;
        this.choices = choices;
        this.fits = fits;
        this.weights = weights;
        this.practiced = practiced;
        this.published = published;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String page(@AuthenticationPrincipal Jwt token, Model model) {
        model.addAttribute("revision", view(student(token), null, null));
        return TEMPLATE;
    }

    /** A practice session over today's cards, then straight to its first question. */
    @PostMapping(START)
    String start(@AuthenticationPrincipal Jwt token, HttpServletResponse response, Model model) {
        UUID student = student(token);
        try {
            return "redirect:/practice/sessions/" + sessions.start(student, null).sessionId() + "?q=1#question";
        } catch (ProblemException refusal) {
            return refused(student, refusal, response, model);
        }
    }

    @PostMapping(CARD + "/suspend")
    String suspend(@AuthenticationPrincipal Jwt token, @PathVariable UUID questionId, HttpServletResponse response,
            Model model) {
        return choose(student(token), () -> choices.suspend(student(token), questionId, true), "#suspended",
                response, model);
    }

    @PostMapping(CARD + "/unsuspend")
    String unsuspend(@AuthenticationPrincipal Jwt token, @PathVariable UUID questionId, HttpServletResponse response,
            Model model) {
        return choose(student(token), () -> choices.suspend(student(token), questionId, false), "#due", response,
                model);
    }

    @PostMapping(CARD + "/snooze")
    String snooze(@AuthenticationPrincipal Jwt token, @PathVariable UUID questionId,
            @RequestParam(required = false) String days, HttpServletResponse response, Model model) {
        UUID student = student(token);
        Integer parsed = wholeNumber(days == null ? "1" : days);
        if (parsed == null || parsed < 1 || parsed > 30) {
            response.setStatus(400);
            model.addAttribute("revision", view(student, null, "A card can be snoozed for 1 to 30 days."));
            return TEMPLATE;
        }
        return choose(student, () -> choices.snooze(student, questionId, parsed), "#due", response, model);
    }

    /** Checks both fields and names each refused one; nothing is saved unless both are right. */
    @PostMapping(SETTINGS)
    String changeSettings(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String desiredRetention,
            @RequestParam(required = false) String dailyLimit, HttpServletResponse response, Model model) {
        UUID student = student(token);
        Double retention = decimal(desiredRetention);
        Integer limit = wholeNumber(dailyLimit);
        boolean retentionOk = retention != null && retention >= SchedulerSettings.MIN_RETENTION - 1e-9
                && retention <= SchedulerSettings.MAX_RETENTION + 1e-9;
        boolean limitOk = limit != null && limit >= 1 && limit <= 500;
        if (!retentionOk || !limitOk) {
            response.setStatus(400);
            RevisionPageViews.SettingsForm form = new RevisionPageViews.SettingsForm(text(desiredRetention),
                    text(dailyLimit), retentionOk ? null : "Enter a number from 0.70 to 0.97, such as 0.90.",
                    limitOk ? null : "Enter a whole number from 1 to 500.");
            model.addAttribute("revision", view(student, form, "Your settings were not saved: see the fields below."));
            return TEMPLATE;
        }
        settings.save(student, new RevisionSettings(Math.round(retention * 100) / 100.0, limit), clock.instant());
        return "redirect:" + PAGE + "#settings";
    }

    private String choose(UUID student, Runnable choice, String anchor, HttpServletResponse response, Model model) {
        try {
            choice.run();
            return "redirect:" + PAGE + anchor;
        } catch (ProblemException refusal) {
            return refused(student, refusal, response, model);
        }
    }

    private String refused(UUID student, ProblemException refusal, HttpServletResponse response, Model model) {
        response.setStatus(refusal.status().value());
        String message = refusal.status().value() == 404 ? "You have no revision card for that question."
                : refusal.getMessage();
        model.addAttribute("revision", view(student, null, message));
        return TEMPLATE;
    }

    private RevisionPageViews.Revision view(UUID student, RevisionPageViews.SettingsForm form, String error) {
        RevisionSettings chosen = settings.of(student);
        Instant now = clock.instant();
        RevisionQueue.Today today = queue.today(student, chosen.dailyLimit());
        List<CardStore.StudentCard> suspended = cards.suspended(student, SUSPENDED_SHOWN);
        Map<UUID, String> stems = stems(student, java.util.stream.Stream.concat(
                today.cards().stream().map(RevisionQueue.DueCard::questionId),
                suspended.stream().map(CardStore.StudentCard::questionId)).toList());
        List<RevisionPageViews.DueLine> due = today.cards().stream()
                .map(card -> new RevisionPageViews.DueLine(card.questionId(), stems.get(card.questionId()),
                        Math.round(card.retrievability() * 100) + " %", WHEN.format(card.due()),
                        card.due().isBefore(now), card.leech()))
                .toList();
        List<RevisionPageViews.SuspendedLine> away = suspended.stream()
                .map(card -> new RevisionPageViews.SuspendedLine(card.questionId(), stems.get(card.questionId()),
                        WHEN.format(card.card().due()), card.leech()))
                .toList();
        List<RevisionQueue.Day> days = queue.forecast(student).days();
        long max = Math.max(1, days.stream().mapToLong(RevisionQueue.Day::due).max().orElse(0));
        List<RevisionPageViews.ForecastDay> forecast = days.stream()
                .map(day -> new RevisionPageViews.ForecastDay(DAY.format(day.date()), DATE.format(day.date()),
                        day.due(), max))
                .toList();
        RevisionPageViews.SettingsForm shown = form != null ? form : new RevisionPageViews.SettingsForm(
                String.format(Locale.ROOT, "%.2f", chosen.desiredRetention()), String.valueOf(chosen.dailyLimit()),
                null, null);
        List<FitStore.StoredFit> stored = fits.recent(student, FITS_SHOWN);
        StudentWeights.Current current = weights.current(student);
        String scheduling = current.fitId() == null ? "the standard FSRS-6 weights"
                : stored.stream().filter(fit -> fit.id().equals(current.fitId())).findFirst()
                        .map(fit -> "weights fitted to your own reviews on " + WHEN.format(fit.fittedAt()))
                        .orElse("weights fitted to your own reviews");
        return new RevisionPageViews.Revision(today.due(), today.limit(), due, away, forecast,
                days.stream().mapToLong(RevisionQueue.Day::due).sum(), shown,
                stored.stream().map(RevisionPages::line).toList(), scheduling, error);
    }

    static RevisionPageViews.FitLine line(FitStore.StoredFit fit) {
        return new RevisionPageViews.FitLine(fit.studentId().toString(), WHEN.format(fit.fittedAt()), fit.reviewsUsed(),
                fit.heldOut(), fit.heldOutPredictions(), String.format(Locale.ROOT, "%.4f", fit.logLossBefore()),
                String.format(Locale.ROOT, "%.4f", fit.logLossAfter()), fit.accepted());
    }

    /** The stem each question had where the student last met it. */
    private Map<UUID, String> stems(UUID student, Collection<UUID> questions) {
        Map<UUID, UUID> versionOf = questions.stream().map(question -> practiced.lastSeen(student, question))
                .flatMap(Optional::stream)
                .collect(Collectors.toMap(PracticedQuestions.SeenQuestion::questionId,
                        PracticedQuestions.SeenQuestion::versionId, (a, b) -> a));
        Map<UUID, PublishedQuestions.Version> versions = published.versions(versionOf.values());
        return questions.stream().distinct().collect(Collectors.toMap(question -> question, question -> {
            PublishedQuestions.Version version = versions.get(versionOf.get(question));
            return RevisionPageViews.shortStem(version == null ? null : version.stem());
        }));
    }

    private static Integer wholeNumber(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double decimal(String value) {
        try {
            double parsed = value == null ? Double.NaN : Double.parseDouble(value.strip().replace(',', '.'));
            return Double.isFinite(parsed) ? parsed : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.length() > 20 ? value.substring(0, 20) : value;
    }

    private static UUID student(Jwt token) {
        return UUID.fromString(token.getSubject());
    }

    @Bean
    static RouteAccess revisionPageRoutes() {
        Access students = Access.roles(Role.STUDENT.name());
        return () -> List.of(AccessRule.get(PAGE, students), AccessRule.post(START, students),
                AccessRule.post(SETTINGS, students), AccessRule.post(CARD + "/suspend", students),
                AccessRule.post(CARD + "/unsuspend", students), AccessRule.post(CARD + "/snooze", students));
    }
}
