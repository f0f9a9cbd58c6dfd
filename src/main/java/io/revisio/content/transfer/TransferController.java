package io.revisio.content.transfer;

import io.revisio.content.question.QuestionState;
import io.revisio.shared.ApiPaths;
import io.revisio.shared.problem.ProblemException;
import io.revisio.shared.web.BodyAllowance;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import and export for editors: upload a file (multipart, fields {@code file} and optional {@code format})
 * to get its dry run, commit it to run in the background, poll it, and export the bank.
 */
@RestController
class TransferController {

    static final String IMPORTS = ApiPaths.V1 + "/admin/imports";
    static final String IMPORT = IMPORTS + "/{id}";
    static final String EXPORTS = ApiPaths.V1 + "/admin/exports";

    private final Imports imports;
    private final Exports exports;

    TransferController(Imports imports, Exports exports) {
        this.imports = imports;
        this.exports = exports;
    }

    @PostMapping(path = IMPORTS, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportView> upload(@AuthenticationPrincipal Jwt token, @RequestPart("file") MultipartFile file,
            @RequestParam(name = "format", required = false) String format) {
        ImportView view = imports.upload(actor(token), file.getOriginalFilename(), format, bytes(file));
        return ResponseEntity.created(URI.create(IMPORTS + "/" + view.id())).body(view);
    }

    @GetMapping(IMPORTS)
    List<ImportView> recent() {
        return imports.recent();
    }

    @GetMapping(IMPORT)
    ImportView get(@PathVariable UUID id) {
        return imports.find(id);
    }

    /** 202: the questions are created in the background; poll the import for progress. */
    @PostMapping(IMPORT + "/commit")
    ResponseEntity<ImportView> commit(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        return ResponseEntity.accepted().body(imports.commit(actor(token), id));
    }

    /** The working versions as a file; {@code state} (e.g. PUBLISHED) keeps only those in that state. */
    @GetMapping(EXPORTS)
    void export(@RequestParam(name = "format", required = false) String format,
            @RequestParam(name = "state", required = false) String state, HttpServletResponse response)
            throws IOException {
        download(exports, format, state, response);
    }

    /** Checks the query before anything is written, then streams the file into the response. */
    static void download(Exports exports, String formatName, String stateName, HttpServletResponse response)
            throws IOException {
        TransferFormat format = TransferFormat.of(formatName == null || formatName.isBlank() ? "json" : formatName,
                null);
        String state = state(stateName);
        response.setContentType(format.mediaType + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"questions" + format.extension + "\"");
        exports.write(format, state, response.getOutputStream());
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String state(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return QuestionState.valueOf(name.strip().toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("state", "unknown", "must be a question state, e.g. PUBLISHED");
        }
    }

    private static UUID actor(Jwt token) {
        return UUID.fromString(token.getSubject());
    }

    /** Import files may be larger than other requests: the file limit plus room for the multipart envelope. */
    @Bean
    static BodyAllowance importUploadBodies(ImportProperties properties) {
        return new BodyAllowance(List.of(IMPORTS, ImportPages.IMPORTS), properties.maxFileSize().toBytes() + 64 * 1024);
    }
}
