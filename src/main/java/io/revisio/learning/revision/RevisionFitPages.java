package io.revisio.learning.revision;

import io.revisio.identity.Role;
import io.revisio.shared.web.Access;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The admins' page of recent weight fits, everyone's or one student's. */
@Controller
class RevisionFitPages {

    static final String FITS = "/admin/revision/fits";
    private static final int SHOWN = 100;

    private final FitStore fits;

    RevisionFitPages(FitStore fits) {
        this.fits = fits;
    }

    @GetMapping(FITS)
    String fits(@RequestParam(required = false) String student, HttpServletResponse response, Model model) {
        String wanted = student == null ? "" : student.strip();
        UUID id = null;
        if (!wanted.isEmpty()) {
            try {
                id = UUID.fromString(wanted);
            } catch (IllegalArgumentException e) {
                response.setStatus(400);
                model.addAttribute("fits", new RevisionPageViews.AdminFits(wanted.length() > 40
                        ? wanted.substring(0, 40) : wanted, List.of(), "Student must be an account id."));
                return "learning/admin-fits";
            }
        }
        model.addAttribute("fits", new RevisionPageViews.AdminFits(wanted,
                fits.recent(id, SHOWN).stream().map(RevisionPages::line).toList(), null));
        return "learning/admin-fits";
    }

    @Bean
    static RouteAccess revisionFitPageRoutes() {
        return () -> List.of(AccessRule.get(FITS, Access.roles(Role.ADMIN.name())));
    }
}
