package io.revisio.content.media;

import io.revisio.identity.Role;
import io.revisio.shared.web.Access;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Serves library images to signed-in users. Staff get any image; students only those a published question
 * shows. Everything else, including a malformed hash, is a 404, so the answer never tells a student that an
 * unpublished image exists. The content never changes under its hash, so browsers may keep it for a year;
 * the cache is private because who may see it depends on the viewer.
 */
@Controller
class MediaServing {

    static final String FILE = MediaItem.PATH + "{sha256}";

    private static final Set<String> STAFF = Set.of("ROLE_" + Role.REVIEWER.name(), "ROLE_" + Role.EDITOR.name(),
            "ROLE_" + Role.ADMIN.name());
    private static final String FOREVER = "private, max-age=31536000, immutable";

    private static final Logger log = LoggerFactory.getLogger(MediaServing.class);

    private final MediaRepository media;
    private final MediaFiles files;

    MediaServing(MediaRepository media, MediaFiles files) {
        this.media = media;
        this.files = files;
    }

    @GetMapping(FILE)
    ResponseEntity<Resource> serve(@PathVariable String sha256, Authentication viewer,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        Optional<MediaItem> item = MediaFiles.SHA256.matcher(sha256).matches() ? media.find(sha256) : Optional.empty();
        if (item.isEmpty() || !mayView(viewer, sha256)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        if (!files.has(sha256)) {
            log.warn("Media {} is in the library but its file is missing from the media directory", sha256);
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        String etag = "\"" + sha256 + "\"";
        ResponseEntity.BodyBuilder answer = matches(ifNoneMatch, etag)
                ? ResponseEntity.status(HttpStatus.NOT_MODIFIED) : ResponseEntity.ok();
        answer.eTag(etag).header(HttpHeaders.CACHE_CONTROL, FOREVER).header("X-Content-Type-Options", "nosniff");
        if (matches(ifNoneMatch, etag)) {
            return answer.build();
        }
        return answer.contentType(MediaType.parseMediaType(item.get().mediaType()))
                .contentLength(item.get().sizeBytes())
                .body(new FileSystemResource(files.pathOf(sha256)));
    }

    private boolean mayView(Authentication viewer, String sha256) {
        boolean staff = viewer != null && viewer.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(STAFF::contains);
        return staff || media.shownToStudents(sha256);
    }

    /** Signed in: pages sign in with the cookie, so an image in a page loads for its viewer. */
    @Bean
    static RouteAccess mediaFileRoutes() {
        return () -> List.of(AccessRule.get(FILE, Access.signedIn()));
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
