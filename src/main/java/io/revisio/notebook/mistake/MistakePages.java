package io.revisio.notebook.mistake;

import io.revisio.content.PublishedQuestions;
import io.revisio.content.SyllabusOutline;
import io.revisio.content.SyllabusOutline.Level;
import io.revisio.identity.Role;
import io.revisio.notebook.page.NotebookPageViews;
import io.revisio.shared.web.Access;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The student's mistakes page: open and resolved mistakes with the rule that named each one and what it
 * measured, filtered by block, theme, type and status (a plain GET form, so a filtered list can be bookmarked).
 */
@Controller
class MistakePages {

    static final String PAGE = "/practice/mistakes";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final MistakeRepository mistakes;
    private final PublishedQuestions published;
    private final SyllabusOutline syllabus;

    MistakePages(MistakeRepository mistakes, PublishedQuestions published, SyllabusOutline syllabus) {
        this.mistakes = mistakes;
        this.published = published;
        this.syllabus = syllabus;
    }

    @GetMapping(PAGE)
    String list(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String block,
            @RequestParam(required = false) String theme, @RequestParam(required = false) String type,
            @RequestParam(required = false) String status, HttpServletResponse response, Model model) {
        UUID student = UUID.fromString(token.getSubject());
        UUID blockId = id(block);
        UUID themeId = id(theme);
        MistakeClassification.Rule rule = blank(type) ? null : MistakeClassification.Rule.named(type);
        String shownStatus = blank(status) ? "open" : status; // open mistakes first: they are what to practise
        boolean badStatus = !List.of("open", "resolved", "all").contains(shownStatus);
        boolean refused = (!blank(block) && blockId == null) || (!blank(theme) && themeId == null)
                || (!blank(type) && rule == null) || badStatus;
        List<MistakeRepository.Mistake> found = List.of();
        if (refused) {
            response.setStatus(400);
        } else {
            Boolean open = shownStatus.equals("all") ? null : shownStatus.equals("open");
            found = mistakes.list(student, new MistakeRepository.Filter(blockId, themeId, rule, open));
        }
        Map<UUID, PublishedQuestions.Version> versions = published.versions(
                found.stream().map(MistakeRepository.Mistake::versionId).collect(Collectors.toSet()));
        Map<UUID, String> names = syllabus.nodes().stream()
                .collect(Collectors.toMap(SyllabusOutline.Node::id, SyllabusOutline.Node::name));
        List<NotebookPageViews.MistakeLine> lines = found.stream().map(mistake -> {
            PublishedQuestions.Version version = versions.get(mistake.versionId());
            Map<String, Object> measured = new LinkedHashMap<>(mistake.measured());
            measured.remove("rule"); // already shown as the type
            return new NotebookPageViews.MistakeLine(mistake.questionId(),
                    NotebookPageViews.shortStem(version == null ? null : version.stem()), mistake.type(),
                    mistake.explanation(), measured, names.getOrDefault(mistake.themeId(), ""),
                    WHEN.format(mistake.madeAt()), mistake.status());
        }).toList();
        List<NotebookPageViews.Choice> types = Arrays.stream(MistakeClassification.Rule.values())
                .map(r -> new NotebookPageViews.Choice(r.wireName(), r.wireName().replace('-', ' '))).toList();
        model.addAttribute("notebook", new NotebookPageViews.Mistakes(lines,
                NotebookPageViews.level(syllabus, Level.BLOCK), NotebookPageViews.level(syllabus, Level.THEME), types,
                blockId == null ? "" : blockId.toString(), themeId == null ? "" : themeId.toString(),
                rule == null ? "" : rule.wireName(), badStatus ? "open" : shownStatus,
                refused ? "Choose the filters from their lists." : null));
        return "practice/mistakes";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The id, or null when blank or malformed (the caller refuses the malformed one). */
    private static UUID id(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Bean
    static RouteAccess mistakePageRoutes() {
        return () -> List.of(AccessRule.get(PAGE, Access.roles(Role.STUDENT.name())));
    }
}
