package io.revisio.content.syllabus;

import static io.revisio.shared.web.Access.anyone;

import io.revisio.shared.ApiPaths;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The syllabus tree students pick their practice from. */
@RestController
class SyllabusController {

    static final String SYLLABUS = ApiPaths.V1 + "/syllabus";

    private final SyllabusRepository syllabus;

    SyllabusController(SyllabusRepository syllabus) {
        this.syllabus = syllabus;
    }

    @GetMapping(SYLLABUS)
    SyllabusTree tree() {
        return SyllabusTree.of(syllabus.findAll());
    }

    @Bean
    static RouteAccess syllabusRoutes() {
        // The syllabus outline is public: it tells visitors what Revisio covers.
        return () -> List.of(AccessRule.get(SYLLABUS, anyone()));
    }
}
