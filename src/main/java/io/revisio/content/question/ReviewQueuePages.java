package io.revisio.content.question;

import io.revisio.content.syllabus.SyllabusLookup;
import io.revisio.identity.AccountNames;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The review queue: what waits for a reviewer, oldest first, marked where the viewer cannot review it. */
@Controller
class ReviewQueuePages {

    static final String REVIEWS = "/admin/reviews";
    private static final int EXCERPT = 140;

    private final ReviewQueue queue;
    private final SyllabusLookup syllabus;
    private final AccountNames accounts;

    ReviewQueuePages(ReviewQueue queue, SyllabusLookup syllabus, AccountNames accounts) {
        this.queue = queue;
        this.syllabus = syllabus;
        this.accounts = accounts;
    }

    @GetMapping(REVIEWS)
    String reviews(Authentication viewer, Model model) {
        StaffViewer staff = StaffViewer.of(viewer);
        Map<String, String> themes = new HashMap<>();
        QuestionPageViews.themes(syllabus.forFiling()).forEach(group -> group.themes()
                .forEach(theme -> themes.put(theme.id(), theme.name())));
        model.addAttribute("reviewer", staff.reviewer());
        var waitingList = queue.waiting();
        Map<UUID, String> names = accounts.displayNames(waitingList.stream().map(w -> w.authorId()).toList());
        model.addAttribute("rows", waitingList.stream().map(waiting -> new QuestionPageViews.ReviewRow(
                waiting.questionId().toString(), excerpt(waiting.stem()),
                waiting.themeId() == null ? "none" : themes.getOrDefault(waiting.themeId().toString(), "unknown"),
                QuestionPageViews.who(waiting.authorId(), staff.id(), names), QuestionPageViews.when(waiting.submittedAt()),
                waiting.authorId().equals(staff.id()), waiting.number())).toList());
        return "content/review-queue";
    }

    /** The stem's first words as plain text: Markdown marks are dropped rather than rendered. */
    static String excerpt(String stem) {
        String plain = stem.replaceAll("!\\[[^\\]]*]\\([^)]*\\)", "[image]").replaceAll("[*_`#>|]", "")
                .replaceAll("\\s+", " ").strip();
        return plain.length() <= EXCERPT ? plain : plain.substring(0, EXCERPT - 1).strip() + "…";
    }
}
