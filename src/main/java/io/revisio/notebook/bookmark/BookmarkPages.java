package io.revisio.notebook.bookmark;

import io.revisio.content.PublishedQuestions;
import io.revisio.content.SyllabusOutline;
import io.revisio.content.SyllabusOutline.Level;
import io.revisio.identity.Role;
import io.revisio.notebook.page.NotebookPageViews;
import io.revisio.practice.PracticedQuestions;
import io.revisio.shared.problem.ProblemException;
import io.revisio.shared.web.Access;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The student's bookmarks page: their bookmarks with notes under a syllabus filter, a note changed or a
 * bookmark removed by plain forms (post/redirect/get), and a bookmark added from the review page.
 */
@Controller
class BookmarkPages {

    static final String PAGE = "/practice/bookmarks";
    static final String ADD = PAGE + "/{questionId}";
    static final String NOTE = ADD + "/note";
    static final String REMOVE = ADD + "/remove";

    private static final int NOTE_LIMIT = 2000;

    private final Bookmarks bookmarks;
    private final PracticedQuestions practiced;
    private final PublishedQuestions published;
    private final SyllabusOutline syllabus;

    BookmarkPages(Bookmarks bookmarks, PracticedQuestions practiced, PublishedQuestions published,
            SyllabusOutline syllabus) {
        this.bookmarks = bookmarks;
        this.practiced = practiced;
        this.published = published;
        this.syllabus = syllabus;
    }

    @GetMapping(PAGE)
    String list(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) String node,
            HttpServletResponse response, Model model) {
        UUID student = student(token);
        try {
            model.addAttribute("notebook", view(student, node, null));
        } catch (ProblemException refusal) {
            response.setStatus(refusal.status().value());
            model.addAttribute("notebook", view(student, null, "Choose a year, block or theme from the list."));
        }
        return "practice/bookmarks";
    }

    /** Adds a bookmark (from the review page) or replaces its note; back to the page it came from. */
    @PostMapping(ADD)
    String add(@AuthenticationPrincipal Jwt token, @PathVariable UUID questionId,
            @RequestParam(required = false) String note, @RequestParam(required = false) String back,
            HttpServletResponse response, Model model) {
        String refused = save(student(token), questionId, note, response, model);
        if (refused != null) {
            return refused;
        }
        // Only back to one of the student's own practice pages, never to an address from elsewhere.
        return "redirect:" + (back != null && back.matches("/practice/sessions/[0-9a-f-]{36}/review(\\?filter=[a-z]+)?")
                ? back : PAGE);
    }

    @PostMapping(NOTE)
    String note(@AuthenticationPrincipal Jwt token, @PathVariable UUID questionId,
            @RequestParam(required = false) String note, @RequestParam(required = false) String node,
            HttpServletResponse response, Model model) {
        String refused = save(student(token), questionId, note, response, model);
        return refused != null ? refused : "redirect:" + page(node);
    }

    @PostMapping(REMOVE)
    String remove(@AuthenticationPrincipal Jwt token, @PathVariable UUID questionId,
            @RequestParam(required = false) String node, HttpServletResponse response, Model model) {
        UUID student = student(token);
        try {
            bookmarks.delete(student, questionId);
        } catch (ProblemException refusal) {
            response.setStatus(refusal.status().value());
            model.addAttribute("notebook", view(student, null, "That question is not bookmarked."));
            return "practice/bookmarks";
        }
        return "redirect:" + page(node);
    }

    /** Saves the note; the page shown again with the refusal when it cannot be, else null. */
    private String save(UUID student, UUID question, String note, HttpServletResponse response, Model model) {
        try {
            if (note != null && note.length() > NOTE_LIMIT) {
                throw ProblemException.invalidField("note", "tooLong", "must be at most 2000 characters");
            }
            bookmarks.put(student, question, note);
            return null;
        } catch (ProblemException refusal) {
            response.setStatus(refusal.status().value());
            model.addAttribute("notebook", view(student, null, refusal.status().value() == 404
                    ? "Only questions you have met in practice can be bookmarked."
                    : "The note must be at most 2000 characters."));
            return "practice/bookmarks";
        }
    }

    private NotebookPageViews.Bookmarks view(UUID student, String node, String error) {
        UUID nodeId = node == null || node.isBlank() ? null : nodeId(node);
        List<BookmarkRepository.Bookmark> found = bookmarks.list(student, nodeId);
        // The stem the student met: the version of their last session with the question.
        Map<UUID, UUID> versionOf = found.stream().map(b -> practiced.lastSeen(student, b.questionId()))
                .flatMap(java.util.Optional::stream).collect(Collectors.toMap(
                        PracticedQuestions.SeenQuestion::questionId, PracticedQuestions.SeenQuestion::versionId,
                        (a, b) -> a));
        Map<UUID, PublishedQuestions.Version> versions = published.versions(versionOf.values());
        Map<UUID, String> names = syllabus.nodes().stream()
                .collect(Collectors.toMap(SyllabusOutline.Node::id, SyllabusOutline.Node::name));
        List<NotebookPageViews.BookmarkLine> lines = found.stream().map(b -> {
            PublishedQuestions.Version version = versions.get(versionOf.get(b.questionId()));
            return new NotebookPageViews.BookmarkLine(b.questionId(),
                    NotebookPageViews.shortStem(version == null ? null : version.stem()),
                    b.note() == null ? "" : b.note(), names.getOrDefault(b.themeId(), ""));
        }).toList();
        return new NotebookPageViews.Bookmarks(lines, NotebookPageViews.tree(syllabus, Level.THEME),
                nodeId == null ? "" : nodeId.toString(), error);
    }

    private static UUID nodeId(String node) {
        try {
            return UUID.fromString(node.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("node", "unknownNode", "must be a syllabus node");
        }
    }

    private static String page(String node) {
        boolean known = node != null && node.matches("[0-9a-fA-F-]{36}");
        return known ? UriComponentsBuilder.fromPath(PAGE).queryParam("node", node).toUriString() : PAGE;
    }

    private static UUID student(Jwt token) {
        return UUID.fromString(token.getSubject());
    }

    @Bean
    static RouteAccess bookmarkPageRoutes() {
        // The student's own bookmarks, as the bookmarks API.
        Access students = Access.roles(Role.STUDENT.name());
        return () -> List.of(AccessRule.get(PAGE, students), AccessRule.post(ADD, students),
                AccessRule.post(NOTE, students), AccessRule.post(REMOVE, students));
    }
}
