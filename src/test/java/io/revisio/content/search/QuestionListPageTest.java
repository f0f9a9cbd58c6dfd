package io.revisio.content.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.revisio.identity.Role;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The staff's question list page: the search form, the results fragment htmx asks for, and paging on. */
@IntegrationTest
class QuestionListPageTest {

    private static final Pattern NEXT = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignedInUsers users;

    Api api;
    String reviewer;
    SearchFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        reviewer = users.as(Role.REVIEWER).accessToken();
        fixtures = new SearchFixtures(api, jdbc, users.as(Role.EDITOR).accessToken());
    }

    @Test
    void thePageShowsTheFormAndTheQuestionsFound() {
        String word = SearchFixtures.word(9);
        UUID question = fixtures.create(fixtures.question("Which " + word + " is <b>affected</b>?").tags("valves"));

        Api.Response page = api.get("/admin/questions?q=" + word + "&status=DRAFT", reviewer);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<h1>Questions</h1>")
                .contains("href=\"/admin/questions/new\"")
                .contains("aria-current=\"page\"")
                .contains("<label for=\"q\">")
                .contains("value=\"" + word + "\"")
                .contains("value=\"DRAFT\" checked")
                .contains("<option value=\"" + fixtures.theme + "\"")
                .contains("href=\"/admin/questions/" + question + "\"")
                .contains("&lt;b&gt;affected&lt;/b&gt;")
                .doesNotContain("<b>affected</b>")
                .contains("<mark>" + word + "</mark>")
                .contains("valves");
    }

    @Test
    void htmxGetsOnlyTheResultsAndANextLinkThatKeepsTheSearch() throws Exception {
        String word = SearchFixtures.word(9);
        for (int i = 0; i < 3; i++) {
            fixtures.create(fixtures.question(word + " number " + i));
        }
        MockHttpServletResponse first = fragment("/admin/questions?q=" + word + "&size=2");
        assertThat(first.getStatus()).isEqualTo(200);
        String body = first.getContentAsString();
        assertThat(body).doesNotContain("<h1>").contains("<table class=\"records question-results\"");
        assertThat(first.getHeader("Vary")).contains("HX-Request");
        Matcher next = NEXT.matcher(body);
        assertThat(next.find()).as(body).isTrue();
        String link = next.group(1).replace("&amp;", "&");
        assertThat(link).startsWith("/admin/questions?q=" + word + "&size=2&cursor=");

        String second = fragment(link).getContentAsString();
        assertThat(second).contains("First page").doesNotContain("rel=\"next\"");
        assertThat(Pattern.compile("href=\"/admin/questions/[0-9a-f-]{36}\"").matcher(second).results().count())
                .isEqualTo(1);
    }

    @Test
    void anInvalidFilterIsExplainedAboveTheResults() {
        Api.Response page = api.get("/admin/questions?difficultyMin=9", reviewer);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("<p class=\"notice error\" role=\"alert\">Difficulty from must be a whole "
                + "number from 1 to 5.</p>").contains("<form");
    }

    private MockHttpServletResponse fragment(String path) throws Exception {
        return mvc.perform(get(path).header("HX-Request", "true").cookie(new Cookie("revisio_access", reviewer)))
                .andReturn().getResponse();
    }
}
