package io.revisio.content.media;

import io.revisio.identity.Role;
import io.revisio.shared.ApiPaths;
import io.revisio.shared.paging.Page;
import io.revisio.shared.paging.PageRequest;
import io.revisio.shared.web.Access;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.BodyAllowance;
import io.revisio.shared.web.RouteAccess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The media library for staff: editors upload images as {@code multipart/form-data} (part {@code file});
 * staff list them. An upload answers 201 with the new image, or 200 with the one the same bytes already are.
 */
@RestController
class MediaAdminController {

    static final String MEDIA = ApiPaths.V1 + "/admin/media";

    private final MediaLibrary library;
    private final MediaRepository media;

    MediaAdminController(MediaLibrary library, MediaRepository media) {
        this.library = library;
        this.media = media;
    }

    record MediaQuery(@Min(0) Integer page, @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
    }

    @PostMapping(MEDIA)
    ResponseEntity<MediaItem> upload(@AuthenticationPrincipal Jwt token,
            @RequestParam(name = "file", required = false) MultipartFile file) {
        byte[] bytes = bytesOf(file, library.maxBytes());
        MediaLibrary.Upload upload = library.upload(UUID.fromString(token.getSubject()), file.getOriginalFilename(),
                bytes);
        if (upload.created()) {
            return ResponseEntity.created(URI.create(upload.item().url())).body(upload.item());
        }
        return ResponseEntity.status(HttpStatus.OK).location(URI.create(upload.item().url())).body(upload.item());
    }

    @GetMapping(MEDIA)
    Page<MediaItem> list(@Valid @ModelAttribute MediaQuery query) {
        return media.page(PageRequest.of(query.page(), query.size()));
    }

    /** The uploaded bytes, refusing a missing or empty part and one over the limit before reading it. */
    static byte[] bytesOf(MultipartFile file, long maxBytes) {
        if (file == null || file.isEmpty()) {
            throw MediaProblems.fileRequired();
        }
        if (file.getSize() > maxBytes) {
            throw MediaProblems.tooLarge(maxBytes);
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Bean
    static RouteAccess mediaAdminRoutes() {
        Access staff = Access.roles(Role.REVIEWER.name(), Role.EDITOR.name(), Role.ADMIN.name());
        Access editors = Access.roles(Role.EDITOR.name(), Role.ADMIN.name());
        return () -> List.of(
                AccessRule.post(MEDIA, editors),
                AccessRule.get(MEDIA, staff));
    }

    /** Uploads may be larger than other requests: the image limit plus room for the multipart envelope. */
    @Bean
    static BodyAllowance mediaUploadBodies(MediaProperties properties) {
        long limit = properties.maxSize().toBytes() + 64 * 1024;
        return new BodyAllowance(List.of(MEDIA, MediaPages.LIBRARY), limit);
    }
}
