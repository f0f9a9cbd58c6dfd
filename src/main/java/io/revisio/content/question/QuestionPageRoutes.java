package io.revisio.content.question;

import io.revisio.identity.Role;
import io.revisio.shared.web.Access;
import io.revisio.shared.web.AccessRule;
import io.revisio.shared.web.RouteAccess;
import java.util.List;
import org.springframework.stereotype.Component;

/** Who may use the question editor and review queue pages; the same split as the question API. */
@Component
class QuestionPageRoutes implements RouteAccess {

    @Override
    public List<AccessRule> rules() {
        Access staff = Access.roles(Role.REVIEWER.name(), Role.EDITOR.name(), Role.ADMIN.name());
        Access editors = Access.roles(Role.EDITOR.name(), Role.ADMIN.name());
        Access reviewers = Access.roles(Role.REVIEWER.name(), Role.ADMIN.name());
        String question = QuestionEditorPages.QUESTION;
        return List.of(
                AccessRule.get(QuestionEditorPages.NEW, editors),
                AccessRule.post(QuestionEditorPages.NEW, editors),
                AccessRule.post(QuestionEditorPages.PREVIEW, editors),
                AccessRule.get(question, staff),
                AccessRule.post(question, editors),
                AccessRule.post(question + "/submit", editors),
                AccessRule.post(question + "/approve", reviewers),
                AccessRule.post(question + "/request-changes", reviewers),
                AccessRule.post(question + "/publish", editors),
                AccessRule.post(question + "/archive", editors),
                AccessRule.post(question + "/restore", editors),
                AccessRule.get(ReviewQueuePages.REVIEWS, staff));
    }
}
