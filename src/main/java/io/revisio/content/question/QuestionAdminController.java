package io.revisio.content.question;

import io.revisio.identity.Role;
import io.revisio.shared.ApiPaths;
import io.revisio.shared.paging.Page;
import io.revisio.shared.paging.PageRequest;
import io.revisio.shared.problem.ProblemException;
import io.revisio.shared.web.Access;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.EntityTags;
import io.revisio.shared.web.RouteAccess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The question bank for staff. Every answer is the question as it now is, with the working version's
 * number as its ETag, so the next edit can say which version it started from.
 */
@RestController
class QuestionAdminController {

    static final String QUESTIONS = ApiPaths.V1 + "/admin/questions";
    static final String QUESTION = QUESTIONS + "/{id}";

    private final QuestionBank bank;
    private final QuestionRepository questions;

    QuestionAdminController(QuestionBank bank, QuestionRepository questions) {
        this.bank = bank;
        this.questions = questions;
    }

    /** A reviewer's words on a decision; required when asking for changes. */
    record Decision(@Size(max = 5_000) String comment) {
    }

    record VersionQuery(@Min(0) Integer page, @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
    }

    /**
     * @param published the version students get (or got, when archived), null before the first publish
     * @param allowed   the actions the workflow allows now, e.g. {@code ["edit", "submit"]}
     */
    record QuestionView(UUID id, StoredVersion working, StoredVersion published, List<String> allowed) {
    }

    @PostMapping(QUESTIONS)
    ResponseEntity<QuestionView> create(@AuthenticationPrincipal Jwt token, @Valid @RequestBody QuestionContent body) {
        Question question = bank.create(actor(token), body);
        return ResponseEntity.created(URI.create(QUESTIONS + "/" + question.id()))
                .eTag(EntityTags.etag(question.working().number())).body(view(question));
    }

    @GetMapping(QUESTION)
    ResponseEntity<QuestionView> get(@PathVariable UUID id) {
        return answer(bank.find(id));
    }

    @PutMapping(QUESTION)
    ResponseEntity<QuestionView> edit(@AuthenticationPrincipal Jwt token, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody QuestionContent body) {
        if (ifMatch == null) {
            throw QuestionProblems.versionRequired();
        }
        return answer(bank.edit(actor(token), id, EntityTags.fromIfMatch(ifMatch), body));
    }

    @PostMapping(QUESTION + "/submit")
    ResponseEntity<QuestionView> submit(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        return answer(bank.act(actor(token), id, QuestionAction.SUBMIT, null));
    }

    @PostMapping(QUESTION + "/approve")
    ResponseEntity<QuestionView> approve(@AuthenticationPrincipal Jwt token, @PathVariable UUID id,
            @Valid @RequestBody(required = false) Decision body) {
        return answer(bank.act(actor(token), id, QuestionAction.APPROVE, comment(body)));
    }

    @PostMapping(QUESTION + "/request-changes")
    ResponseEntity<QuestionView> requestChanges(@AuthenticationPrincipal Jwt token, @PathVariable UUID id,
            @Valid @RequestBody(required = false) Decision body) {
        String comment = comment(body);
        if (comment == null) {
            throw ProblemException.invalidField("comment", "required", "say what needs to change");
        }
        return answer(bank.act(actor(token), id, QuestionAction.REQUEST_CHANGES, comment));
    }

    @PostMapping(QUESTION + "/publish")
    ResponseEntity<QuestionView> publish(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        return answer(bank.act(actor(token), id, QuestionAction.PUBLISH, null));
    }

    @PostMapping(QUESTION + "/archive")
    ResponseEntity<QuestionView> archive(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        return answer(bank.act(actor(token), id, QuestionAction.ARCHIVE, null));
    }

    @PostMapping(QUESTION + "/restore")
    ResponseEntity<QuestionView> restore(@AuthenticationPrincipal Jwt token, @PathVariable UUID id) {
        return answer(bank.act(actor(token), id, QuestionAction.RESTORE, null));
    }

    @GetMapping(QUESTION + "/versions")
    Page<StoredVersion.Summary> versions(@PathVariable UUID id, @Valid @ModelAttribute VersionQuery query) {
        bank.find(id);
        return questions.versions(id, PageRequest.of(query.page(), query.size()));
    }

    private ResponseEntity<QuestionView> answer(Question question) {
        return ResponseEntity.ok().eTag(EntityTags.etag(question.working().number())).body(view(question));
    }

    private QuestionView view(Question question) {
        StoredVersion working = questions.version(question.working().id()).orElseThrow();
        StoredVersion published = question.published() == null ? null
                : questions.version(question.published().id()).orElseThrow();
        return new QuestionView(question.id(), working, published,
                question.allowed().stream().map(QuestionAction::wireName).toList());
    }

    private static String comment(Decision body) {
        return body == null || body.comment() == null || body.comment().isBlank() ? null : body.comment().strip();
    }

    private static UUID actor(Jwt token) {
        return UUID.fromString(token.getSubject());
    }

    @Bean
    static RouteAccess questionAdminRoutes() {
        // Editors and admins write and release; reviewers (and admins, standing in) decide on reviews.
        Access staff = Access.roles(Role.REVIEWER.name(), Role.EDITOR.name(), Role.ADMIN.name());
        Access editors = Access.roles(Role.EDITOR.name(), Role.ADMIN.name());
        Access reviewers = Access.roles(Role.REVIEWER.name(), Role.ADMIN.name());
        return () -> List.of(
                AccessRule.post(QUESTIONS, editors),
                AccessRule.get(QUESTION, staff),
                new AccessRule(HttpMethod.PUT, QUESTION, editors),
                AccessRule.post(QUESTION + "/submit", editors),
                AccessRule.post(QUESTION + "/approve", reviewers),
                AccessRule.post(QUESTION + "/request-changes", reviewers),
                AccessRule.post(QUESTION + "/publish", editors),
                AccessRule.post(QUESTION + "/archive", editors),
                AccessRule.post(QUESTION + "/restore", editors),
                AccessRule.get(QUESTION + "/versions", staff));
    }
}
