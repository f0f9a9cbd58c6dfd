package io.revisio.content.question;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.Role;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The history page lists every version with its review comments and shows the diff between the one before
 * the latest and the latest, changed fields only unless all are asked for; any two can be picked.
 */
@IntegrationTest
class QuestionHistoryPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedInUsers users;

    Api api;
    String reviewer;
    String id;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        reviewer = users.as(Role.REVIEWER).accessToken();
        QuestionHistoryFixtures fixtures = new QuestionHistoryFixtures(mvc, users.as(Role.EDITOR).accessToken(),
                reviewer);
        id = fixtures.questionWithThreeVersions(fixtures.theme());
    }

    @Test
    void theLatestChangeIsShownByDefaultWithTheVersionList() {
        Api.Response page = api.get(history(""), reviewer);
        assertThat(page.status()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("<h1>Question history</h1>")
                .contains("href=\"/admin/questions/" + id + "\"")
                .contains("aria-current=\"page\">Questions</a>")
                .contains("Changes requested").contains("Name the valve better.")
                .contains("<td data-label=\"Author\">Test EDITOR</td>").contains("(Test REVIEWER, ")
                .contains("<option value=\"2\" selected>").contains("<option value=\"3\" selected>")
                .contains("Version 2 to version 3:").contains("3 fields changed.")
                .contains("Option A").contains("No longer the correct answer.")
                .contains("Option C").contains("Added, as the correct answer.")
                .contains("<ins><span class=\"visually-hidden\">[inserted: </span>Tricuspid")
                .contains("<del><span class=\"visually-hidden\">[deleted: </span> valve")
                .contains("<dt>Before</dt><dd><del>3</del></dd>")
                .doesNotContain(">Stem <span").doesNotContain(">Explanation <span");
        assertThat(html.indexOf("<td data-label=\"Version\">3</td>"))
                .as("newest first").isLessThan(html.indexOf("<td data-label=\"Version\">1</td>"));
    }

    @Test
    void anyTwoVersionsCanBeComparedWithEveryFieldShown() {
        String html = api.get(history("?from=1&to=3&all=true"), reviewer).body();
        assertThat(html).contains("Version 1 to version 3:").contains("7 fields changed.")
                .contains(">Stem <span class=\"diff-status\">changed</span>")
                .contains(">Tags <span class=\"diff-status\">unchanged</span>")
                .contains("Which valve<ins><span class=\"visually-hidden\">[inserted: </span> is narrowed")
                .contains("name</ins>") // the theme by its code and name
                .contains("Show changed fields only");
        assertThat(api.get(history("?from=2&to=2"), reviewer).body()).contains("no changes.");
    }

    @Test
    void badOrUnknownVersionsAreExplainedAndUnknownQuestionsAreNotFound() {
        Api.Response bad = api.get(history("?from=x&to=2"), reviewer);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("role=\"alert\">Version “from” must be a version number")
                .contains("<td data-label=\"Version\">3</td>");
        Api.Response unknown = api.get(history("?from=1&to=7"), reviewer);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("has no version 7.");
        assertThat(api.get("/admin/questions/" + UUID.randomUUID() + "/history", reviewer).status()).isEqualTo(404);
        assertThat(api.get(history(""), users.as(Role.STUDENT).accessToken()).status()).isEqualTo(403);
    }

    private String history(String query) {
        return "/admin/questions/" + id + "/history" + query;
    }
}
