package io.revisio.content.media;

import io.revisio.identity.AccountNames;
import io.revisio.identity.Role;
import io.revisio.shared.paging.Page;
import io.revisio.shared.paging.PageRequest;
import io.revisio.shared.problem.ProblemException;
import io.revisio.shared.web.Access;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.Pager;
import io.revisio.shared.web.RouteAccess;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The media library page: the images as a grid, newest first, each with the Markdown to paste into a
 * question; editors and admins upload with a plain form, which redirects back naming the image.
 */
@Controller
class MediaPages {

    static final String LIBRARY = "/admin/media";

    private static final int PAGE_SIZE = 24;
    private static final Map<String, String> DONE = Map.of(
            "uploaded", "The image is in the library. Copy its Markdown into a question.",
            "existing", "The library already had this image; here it is.");

    private final MediaLibrary library;
    private final MediaRepository media;
    private final AccountNames accounts;

    MediaPages(MediaLibrary library, MediaRepository media, AccountNames accounts) {
        this.accounts = accounts;
        this.library = library;
        this.media = media;
    }

    @GetMapping(LIBRARY)
    String library(Authentication viewer, @RequestParam(required = false) String page,
            @RequestParam(required = false) String done, @RequestParam(required = false) String image, Model model) {
        return show(viewer, pageNumber(page), done == null ? null : DONE.get(done),
                image != null && MediaFiles.SHA256.matcher(image).matches() ? image : null, null, model);
    }

    @PostMapping(LIBRARY)
    String upload(@AuthenticationPrincipal Jwt token, Authentication viewer,
            @RequestParam(name = "file", required = false) MultipartFile file, HttpServletResponse response,
            Model model) {
        try {
            byte[] bytes = MediaAdminController.bytesOf(file, library.maxBytes());
            MediaLibrary.Upload upload = library.upload(UUID.fromString(token.getSubject()),
                    file.getOriginalFilename(), bytes);
            return "redirect:" + LIBRARY + "?done=" + (upload.created() ? "uploaded" : "existing") + "&image="
                    + upload.item().sha256();
        } catch (ProblemException refusal) {
            response.setStatus(refusal.status().value());
            return show(viewer, 0, null, null, messageOf(refusal), model);
        }
    }

    private String show(Authentication viewer, int page, String done, String image, String error, Model model) {
        Page<MediaItem> found = media.page(new PageRequest(page, PAGE_SIZE));
        Map<UUID, String> names = accounts.displayNames(found.items().stream().map(MediaItem::uploadedBy).toList());
        model.addAttribute("cards", found.items().stream().map(item -> MediaPageViews.MediaCard.of(item, names))
                .toList());
        model.addAttribute("pager", Pager.of(found, LIBRARY, Map.of()));
        model.addAttribute("canUpload", viewer.getAuthorities().stream().anyMatch(authority ->
                authority.getAuthority().equals("ROLE_" + Role.EDITOR.name())
                        || authority.getAuthority().equals("ROLE_" + Role.ADMIN.name())));
        model.addAttribute("maxSize", MediaPageViews.readableSize(library.maxBytes()));
        model.addAttribute("done", done);
        model.addAttribute("image", image);
        model.addAttribute("error", error);
        return "content/media-library";
    }

    /** The problem's message, with the field's own words for a validation failure. */
    private static String messageOf(ProblemException refusal) {
        if (refusal.properties().get("errors") instanceof List<?> errors && !errors.isEmpty()
                && errors.get(0) instanceof Map<?, ?> first) {
            return "Upload refused: " + first.get("message") + ".";
        }
        return refusal.getMessage();
    }

    @Bean
    static RouteAccess mediaPageRoutes() {
        return () -> List.of(
                AccessRule.get(LIBRARY, Access.roles(Role.REVIEWER.name(), Role.EDITOR.name(), Role.ADMIN.name())),
                AccessRule.post(LIBRARY, Access.roles(Role.EDITOR.name(), Role.ADMIN.name())));
    }

    private static int pageNumber(String page) {
        try {
            return page == null ? 0 : Math.max(0, Math.min(Integer.parseInt(page), 100_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
