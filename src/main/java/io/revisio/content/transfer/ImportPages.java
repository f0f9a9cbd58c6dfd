package io.revisio.content.transfer;

import io.revisio.shared.problem.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The import wizard: upload a file, read the dry run's report, commit, and watch the progress (htmx polls
 * it until the job is done); plus the recent imports and the export links.
 */
@Controller
class ImportPages {

    static final String IMPORTS = "/admin/imports";
    static final String IMPORT = IMPORTS + "/{id}";
    static final String EXPORT = IMPORTS + "/export";

    private final Imports imports;
    private final Exports exports;

    ImportPages(Imports imports, Exports exports) {
        this.imports = imports;
        this.exports = exports;
    }

    @GetMapping(IMPORTS)
    String list(Model model) {
        return show(model, null, null);
    }

    @PostMapping(IMPORTS)
    String upload(@AuthenticationPrincipal Jwt token, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "format", required = false) String format, HttpServletResponse response,
            Model model) {
        try {
            byte[] bytes = file == null ? new byte[0] : TransferController.bytes(file);
            ImportView view = imports.upload(actor(token), file == null ? null : file.getOriginalFilename(), format,
                    bytes);
            return "redirect:" + IMPORTS + "/" + view.id();
        } catch (ProblemException refusal) {
            response.setStatus(refusal.status().value());
            return show(model, null, refusal.getMessage());
        }
    }

    @GetMapping(IMPORT)
    String report(@PathVariable UUID id, Model model) {
        return show(model, found(id), null);
    }

    /** The progress panel alone, which htmx swaps in every second while the job runs. */
    @GetMapping(IMPORT + "/progress")
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute("item", found(id));
        return "content/import-progress";
    }

    @PostMapping(IMPORT + "/commit")
    String commit(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        found(id);
        imports.commit(actor(token), id);
        return "redirect:" + IMPORTS + "/" + id;
    }

    @GetMapping(EXPORT)
    void export(@RequestParam(name = "format", required = false) String format,
            @RequestParam(name = "state", required = false) String state, HttpServletResponse response)
            throws java.io.IOException {
        TransferController.download(exports, format, state, response);
    }

    private String show(Model model, ImportView item, String error) {
        model.addAttribute("recent", imports.recent());
        model.addAttribute("item", item);
        model.addAttribute("error", error);
        return "content/imports";
    }

    private ImportView found(UUID id) {
        try {
            return imports.find(id);
        } catch (ProblemException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static UUID actor(Jwt token) {
        return UUID.fromString(token.getSubject());
    }
}
