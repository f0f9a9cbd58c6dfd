package io.revisio.notebook.bookmark;

import io.revisio.identity.Role;
import io.revisio.shared.ApiPaths;
import io.revisio.shared.web.Access;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in student's bookmarks with their private notes. Nobody else's are ever visible. */
@RestController
class BookmarkController {

    static final String BOOKMARKS = ApiPaths.V1 + "/bookmarks";
    static final String BOOKMARK = BOOKMARKS + "/{questionId}";

    private final Bookmarks bookmarks;

    BookmarkController(Bookmarks bookmarks) {
        this.bookmarks = bookmarks;
    }

    /** @param note private to the student; blank or absent means no note */
    record BookmarkRequest(@Size(max = 2000) String note) {
    }

    record BookmarkList(List<BookmarkRepository.Bookmark> bookmarks) {
    }

    @PutMapping(BOOKMARK)
    ResponseEntity<BookmarkRepository.Bookmark> put(@AuthenticationPrincipal Jwt token,
            @PathVariable UUID questionId, @Valid @RequestBody(required = false) BookmarkRequest body) {
        Bookmarks.Saved saved = bookmarks.put(student(token), questionId, body == null ? null : body.note());
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(saved.bookmark());
    }

    @DeleteMapping(BOOKMARK)
    ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt token, @PathVariable UUID questionId) {
        bookmarks.delete(student(token), questionId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(BOOKMARKS)
    BookmarkList list(@AuthenticationPrincipal Jwt token, @RequestParam(name = "node", required = false) UUID node) {
        return new BookmarkList(bookmarks.list(student(token), node));
    }

    private static UUID student(Jwt token) {
        return UUID.fromString(token.getSubject());
    }

    @Bean
    static RouteAccess bookmarkRoutes() {
        // Bookmarks mark questions met in practice, which is for students only.
        Access students = Access.roles(Role.STUDENT.name());
        return () -> List.of(
                AccessRule.get(BOOKMARKS, students),
                new AccessRule(HttpMethod.PUT, BOOKMARK, students),
                new AccessRule(HttpMethod.DELETE, BOOKMARK, students));
    }
}
