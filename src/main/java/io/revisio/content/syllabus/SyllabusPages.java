package io.revisio.content.syllabus;

import static io.revisio.shared.web.Access.anyone;

import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The syllabus outline as a page fragment, loaded by the landing page with htmx. */
@Controller
class SyllabusPages {

    static final String OUTLINE = "/syllabus/outline";

    private final SyllabusRepository syllabus;

    SyllabusPages(SyllabusRepository syllabus) {
        this.syllabus = syllabus;
    }

    @GetMapping(OUTLINE)
    String outline(Model model) {
        model.addAttribute("tree", SyllabusTree.of(syllabus.findAll()));
        return "content/syllabus-outline";
    }

    @Bean
    static RouteAccess syllabusPageRoutes() {
        return () -> List.of(AccessRule.get(OUTLINE, anyone()));
    }
}
