package io.revisio.content.syllabus;

import io.revisio.identity.Role;
import io.revisio.shared.ApiPaths;
import io.revisio.shared.problem.ProblemException;
import io.revisio.shared.web.EntityTags;
import io.revisio.shared.web.Access;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Syllabus management for staff; every change answers with the node (and its ETag) as it now is. */
@RestController
class SyllabusAdminController {

    static final String ADMIN = ApiPaths.V1 + "/admin/syllabus";
    static final String NODES = ADMIN + "/nodes";
    static final String CODE = "[A-Z0-9][A-Z0-9-]{0,39}";
    static final String CODE_RULE = "must be 1-40 capital letters, digits or '-', not starting with '-'";

    private final SyllabusRepository syllabus;
    private final SyllabusEditing editing;
    private final SyllabusArrangement arrangement;

    SyllabusAdminController(SyllabusRepository syllabus, SyllabusEditing editing, SyllabusArrangement arrangement) {
        this.syllabus = syllabus;
        this.editing = editing;
        this.arrangement = arrangement;
    }

    record NewNode(UUID parentId,
            @NotNull @Pattern(regexp = "(?i)year|block|theme|concept",
                    message = "must be one of YEAR, BLOCK, THEME, CONCEPT") String level,
            @NotNull @Pattern(regexp = CODE, message = CODE_RULE) String code,
            @NotBlank @Size(max = 200) String name) {
    }

    record NodeEdit(@NotNull @Pattern(regexp = CODE, message = CODE_RULE) String code,
            @NotBlank @Size(max = 200) String name) {
    }

    /** @param parentId the new parent, or null to move a year; @param position null for last */
    record Move(UUID parentId, @PositiveOrZero Integer position) {
    }

    record Order(@NotNull List<@NotNull UUID> order) {
    }

    record Children(List<Node> children) {
    }

    @GetMapping(ADMIN)
    StaffSyllabus tree() {
        return StaffSyllabus.of(syllabus.findAll());
    }

    @PostMapping(NODES)
    ResponseEntity<Node> create(@AuthenticationPrincipal Jwt token, @Valid @RequestBody NewNode body) {
        SyllabusNode node = editing.create(actor(token), body.parentId(),
                SyllabusLevel.valueOf(body.level().toUpperCase(Locale.ROOT)), body.code(), body.name().strip());
        return ResponseEntity.created(URI.create(NODES + "/" + node.id())).eTag(EntityTags.etag(node.version()))
                .body(Node.of(node));
    }

    @PutMapping(NODES + "/{id}")
    ResponseEntity<Node> edit(@AuthenticationPrincipal Jwt token, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody NodeEdit body) {
        if (ifMatch == null) {
            throw SyllabusProblems.versionRequired();
        }
        OptionalLong expected = EntityTags.fromIfMatch(ifMatch);
        return answer(editing.edit(actor(token), id, expected, body.code(), body.name().strip()));
    }

    @PostMapping(NODES + "/{id}/move")
    ResponseEntity<Node> move(@AuthenticationPrincipal Jwt token, @PathVariable UUID id,
            @Valid @RequestBody Move body) {
        return answer(arrangement.move(actor(token), id, body.parentId(), body.position()));
    }

    /** {@code parentId} is a node id, or {@code root} for the years. */
    @PutMapping(NODES + "/{parentId}/children")
    Children reorder(@AuthenticationPrincipal Jwt token, @PathVariable String parentId,
            @Valid @RequestBody Order body) {
        return new Children(arrangement.reorder(actor(token), parent(parentId), body.order()).stream()
                .map(Node::of).toList());
    }

    @PostMapping(NODES + "/{id}/enable")
    ResponseEntity<Node> enable(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        return answer(editing.enable(actor(token), id, true));
    }

    @PostMapping(NODES + "/{id}/disable")
    ResponseEntity<Node> disable(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        return answer(editing.enable(actor(token), id, false));
    }

    @DeleteMapping(NODES + "/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        editing.delete(actor(token), id);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<Node> answer(SyllabusNode node) {
        return ResponseEntity.ok().eTag(EntityTags.etag(node.version())).body(Node.of(node));
    }

    private static UUID parent(String parentId) {
        if (SyllabusArrangement.ROOT.equals(parentId)) {
            return null;
        }
        try {
            return UUID.fromString(parentId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("parentId", "typeMismatch", "must be a node id or 'root'");
        }
    }

    private static UUID actor(Jwt token) {
        return UUID.fromString(token.getSubject());
    }

    @Bean
    static RouteAccess syllabusAdminRoutes() {
        // Editors and admins change the syllabus; reviewers may also read the staff tree. One rule per route.
        Access staff = Access.roles(Role.REVIEWER.name(), Role.EDITOR.name(), Role.ADMIN.name());
        Access editors = Access.roles(Role.EDITOR.name(), Role.ADMIN.name());
        return () -> List.of(
                AccessRule.get(ADMIN, staff),
                AccessRule.post(NODES, editors),
                new AccessRule(HttpMethod.PUT, NODES + "/{id}", editors),
                AccessRule.post(NODES + "/{id}/move", editors),
                new AccessRule(HttpMethod.PUT, NODES + "/{parentId}/children", editors),
                AccessRule.post(NODES + "/{id}/enable", editors),
                AccessRule.post(NODES + "/{id}/disable", editors),
                new AccessRule(HttpMethod.DELETE, NODES + "/{id}", editors));
    }

    /** One node as the management API answers it. */
    record Node(UUID id, UUID parentId, SyllabusLevel level, String code, String name, int position,
            boolean enabled, long version) {

        static Node of(SyllabusNode node) {
            return new Node(node.id(), node.parentId(), node.level(), node.code(), node.name(), node.position(),
                    node.enabled(), node.version());
        }
    }
}
