package io.revisio.notebook.bookmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.session.SessionTokens;
import io.revisio.notebook.NotebookPractice;
import io.revisio.practice.PracticeFixtures;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Bookmarks through the API: a note added, changed and removed; only questions the student has met; nobody
 * else's bookmarks; the syllabus filter; and a practice session built from bookmarks.
 */
@IntegrationTest
class BookmarkApiTest {

    static final String BOOKMARKS = "/api/v1/bookmarks";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignedInUsers users;

    @Autowired
    AccountRepository accounts;

    @Autowired
    SessionTokens sessions;

    PracticeFixtures fixtures;
    NotebookPractice practice;
    Api api;
    UUID block;
    UUID theme;
    UUID otherTheme;
    UUID concept;
    List<UUID> questions;
    UUID withConcept;
    String student;

    @BeforeEach
    void setUp() {
        fixtures = new PracticeFixtures(mvc, jdbc, users, accounts, sessions);
        practice = new NotebookPractice(mvc, jdbc);
        api = new Api(mvc);
        UUID year = fixtures.node(null, "year");
        block = fixtures.node(year, "block");
        theme = fixtures.node(block, "theme");
        concept = fixtures.node(theme, "concept");
        otherTheme = fixtures.node(fixtures.node(year, "block"), "theme");
        questions = fixtures.publishMany(theme, 3);
        withConcept = fixtures.publish(theme, List.of(concept), 2, 4, 1);
        fixtures.awaitPool(questions);
        fixtures.awaitPool(List.of(withConcept));
        student = fixtures.student();
    }

    @Test
    void aBookmarkKeepsAPrivateNoteThatCanBeChangedAndRemoved() {
        practice.start(student, "{\"mode\":\"TUTOR\",\"nodes\":[\"" + theme + "\"],\"count\":4}");
        UUID question = questions.get(0);

        Api.Response created = put(question, "{\"note\":\"  Check the renal threshold.  \"}", student);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.<String>json("$.questionId")).isEqualTo(question.toString());
        assertThat(created.<String>json("$.note")).isEqualTo("Check the renal threshold.");
        assertThat(created.<String>json("$.themeId")).isEqualTo(theme.toString());

        Api.Response changed = put(question, "{\"note\":\"Revised.\"}", student);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.<String>json("$.note")).isEqualTo("Revised.");
        assertThat(put(questions.get(1), null, student).status()).as("a bookmark without a note").isEqualTo(201);

        Api.Response listed = api.get(BOOKMARKS, student);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.<List<String>>json("$.bookmarks[*].questionId"))
                .containsExactlyInAnyOrder(question.toString(), questions.get(1).toString());
        assertThat(listed.<List<String>>json("$.bookmarks[?(@.questionId=='" + question + "')].note"))
                .containsExactly("Revised.");

        Api.Response removed = api.delete(BOOKMARKS + "/" + question, student);
        assertThat(removed.status()).isEqualTo(204);
        assertThat(api.delete(BOOKMARKS + "/" + question, student).status()).as("already gone").isEqualTo(404);
        assertThat(api.get(BOOKMARKS, student).<List<String>>json("$.bookmarks[*].questionId"))
                .containsExactly(questions.get(1).toString());
    }

    @Test
    void onlyQuestionsTheStudentHasMetCanBeBookmarkedAndNobodyElseSeesThem() {
        practice.start(student, "{\"mode\":\"TUTOR\",\"nodes\":[\"" + theme + "\"],\"count\":4}");
        assertThat(put(questions.get(0), "{\"note\":\"mine\"}", student).status()).isEqualTo(201);

        String other = fixtures.student();
        Api.Response unseen = put(questions.get(0), "{\"note\":\"theirs\"}", other);
        assertThat(unseen.status()).as("never in the other student's sessions").isEqualTo(404);
        assertThat(unseen.<String>json("$.type")).isEqualTo("urn:revisio:problem:notebook-question-not-seen");
        assertThat(put(UUID.randomUUID(), null, student).status()).as("no such question").isEqualTo(404);
        assertThat(api.get(BOOKMARKS, other).<List<Object>>json("$.bookmarks")).isEmpty();
        assertThat(api.delete(BOOKMARKS + "/" + questions.get(0), other).status()).isEqualTo(404);
        assertThat(api.get(BOOKMARKS, student).<List<String>>json("$.bookmarks[*].note")).containsExactly("mine");

        assertThat(put(questions.get(0), "{\"note\":\"" + "x".repeat(2001) + "\"}", student).status())
                .as("a note over 2000 characters").isEqualTo(400);
        assertThat(put(questions.get(0), "{\"note\":", student).status()).as("malformed JSON").isEqualTo(400);
        assertThat(put(questions.get(0), "{\"note\":[1]}", student).status()).as("a note that is no text")
                .isEqualTo(400);
        assertThat(api.send(HttpMethod.PUT, BOOKMARKS + "/not-a-uuid", null, student, "127.0.0.1").status())
                .isEqualTo(400);
        assertThat(api.get(BOOKMARKS + "?node=" + UUID.randomUUID(), student).status()).isEqualTo(400);
        assertThat(api.get(BOOKMARKS + "?node=nope", student).status()).isEqualTo(400);
        assertThat(api.get(BOOKMARKS, student).<List<String>>json("$.bookmarks[*].note")).as("unchanged")
                .containsExactly("mine");
    }

    @Test
    void bookmarksFilterBySyllabusNodeAtAnyLevel() {
        practice.start(student, "{\"mode\":\"TUTOR\",\"nodes\":[\"" + theme + "\"],\"count\":4}");
        put(questions.get(0), null, student);
        put(withConcept, null, student);

        assertThat(ids(BOOKMARKS + "?node=" + block)).containsExactlyInAnyOrder(questions.get(0).toString(),
                withConcept.toString());
        assertThat(ids(BOOKMARKS + "?node=" + theme)).hasSize(2);
        assertThat(ids(BOOKMARKS + "?node=" + concept)).containsExactly(withConcept.toString());
        assertThat(ids(BOOKMARKS + "?node=" + otherTheme)).isEmpty();
    }

    @Test
    void aSessionCanBeBuiltFromBookmarks() {
        practice.start(student, "{\"mode\":\"TUTOR\",\"nodes\":[\"" + theme + "\"],\"count\":4}");
        put(questions.get(0), null, student);
        put(questions.get(2), null, student);

        Api.Response counts = api.get("/api/v1/practice/pool?pools=bookmarked", student);
        assertThat(counts.status()).as(counts.body()).isEqualTo(200);
        assertThat(counts.<Integer>json("$.available")).isEqualTo(2);

        UUID session = practice.start(student, "{\"mode\":\"EXAM\",\"timed\":false,\"pools\":[\"bookmarked\"],"
                + "\"nodes\":[\"" + theme + "\"],\"count\":10}");
        assertThat(practice.questions(student, session)).containsExactlyInAnyOrder(questions.get(0),
                questions.get(2));

        String other = fixtures.student();
        assertThat(api.post(NotebookPractice.SESSIONS, "{\"mode\":\"EXAM\",\"pools\":[\"bookmarked\"],\"count\":5}",
                other).status()).as("another student has no bookmarks").isEqualTo(422);
    }

    private List<String> ids(String path) {
        Api.Response listed = api.get(path, student);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        return listed.json("$.bookmarks[*].questionId");
    }

    private Api.Response put(UUID question, String json, String token) {
        return api.send(HttpMethod.PUT, BOOKMARKS + "/" + question, json, token, "127.0.0.1");
    }
}
