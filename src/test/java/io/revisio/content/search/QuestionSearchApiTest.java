package io.revisio.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.Role;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Staff search the bank: words weigh most in the stem, a misspelling still finds its question, every filter
 * narrows, and a cursor pages through all hits exactly once. Each test searches within its own syllabus year.
 */
@IntegrationTest
class QuestionSearchApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignedInUsers users;

    Api api;
    String editor;
    String reviewer;
    SearchFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        editor = users.as(Role.EDITOR).accessToken();
        reviewer = users.as(Role.REVIEWER).accessToken();
        fixtures = new SearchFixtures(api, jdbc, editor);
    }

    @Test
    void aWordInTheStemRanksAboveTheSameWordInOptionsOrExplanation() {
        String word = SearchFixtures.word(9);
        UUID inExplanation = fixtures.create(fixtures.question("Which nerve is injured?")
                .explanation("The " + word + " sign points to it."));
        UUID inOption = fixtures.create(fixtures.question("Which valve is stenotic?").options(word + " valve", "Mitral"));
        UUID inStem = fixtures.create(fixtures.question("A " + word + " presents with chest pain. Next step?"));
        fixtures.create(fixtures.question("Unrelated stem about the liver"));

        Api.Response found = search("q=" + word, reviewer);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(ids(found)).containsExactly(inStem, inOption, inExplanation);
        assertThat(found.<String>json("$.items[0].stem")).isEqualTo("A " + word + " presents with chest pain. Next step?");
        assertThat(found.<List<Boolean>>json("$.items[0].snippet[*].match")).contains(true);
        assertThat(found.<List<String>>json("$.items[0].snippet[?(@.match == true)].text")).containsOnly(word);
        assertThat(found.<String>json("$.items[0].state")).isEqualTo("DRAFT");
        assertThat(found.<Integer>json("$.items[0].number")).isEqualTo(1);
        assertThat(found.<String>json("$.items[0].theme.id")).isEqualTo(fixtures.theme.toString());
        assertThat(found.<List<String>>json("$.items[0].tags")).containsExactly("cardio");
        assertThat(found.<Integer>json("$.items[0].difficulty")).isEqualTo(3);
        assertThat(found.<String>json("$.items[0].authorId")).isNotBlank();
        assertThat(found.<String>json("$.items[0].updatedAt")).isNotBlank();
        assertThat(next(found)).isNull();

        Api.Response phrase = search("q=" + enc("\"presents with chest\""), editor);
        assertThat(ids(phrase)).contains(inStem).doesNotContain(inOption, inExplanation);
    }

    @Test
    void aMisspeltWordStillFindsItsQuestion() {
        String word = "pneumo" + SearchFixtures.word(7);
        UUID question = fixtures.create(fixtures.question("A tall young man with a " + word + " after a run."));
        // two letters swapped: no full-text match, but close in trigrams
        String typo = word.substring(0, 2) + word.charAt(3) + word.charAt(2) + word.substring(4);
        Api.Response found = search("q=" + typo, editor);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(ids(found)).contains(question);
        assertThat(found.<List<Object>>json("$.items[0].snippet")).isEmpty();
    }

    @Test
    void eachFilterNarrowsTheResult() {
        String word = SearchFixtures.word(8);
        UUID draft = fixtures.create(fixtures.question(word + " draft").tags("cardio", "valves").difficulty(1));
        UUID inReview = fixtures.create(fixtures.question(word + " in review").difficulty(4));
        fixtures.act(inReview, "submit", editor);
        String admin = users.as(Role.ADMIN).accessToken();
        UUID byAdmin = fixtures.create(fixtures.question(word + " by the admin").difficulty(5)
                .theme(fixtures.otherTheme), admin);
        UUID underConcept = fixtures.create(fixtures.question(word + " under the concept")
                .theme(fixtures.theme, fixtures.concept).difficulty(2));
        fixtures.updatedAt(draft, Instant.parse("2026-03-01T10:00:00Z"));
        fixtures.updatedAt(inReview, Instant.parse("2026-03-05T10:00:00Z"));
        String q = "q=" + word + "&";

        assertThat(ids(search(q + "status=in_review", editor))).containsExactly(inReview);
        assertThat(ids(search(q + "status=DRAFT&status=IN_REVIEW", editor)))
                .containsExactlyInAnyOrder(draft, inReview, byAdmin, underConcept);
        assertThat(ids(search(q + "tag=valves", editor))).containsExactly(draft);
        assertThat(ids(search(q + "tag=valves&tag=cardio", editor))).containsExactly(draft);
        assertThat(ids(search(q + "author=" + authorOf(byAdmin), editor))).containsExactly(byAdmin);
        assertThat(ids(search(q + "difficulty=1&difficulty=5", editor))).containsExactlyInAnyOrder(draft, byAdmin);
        assertThat(ids(search(q + "difficultyMin=2&difficultyMax=4", editor)))
                .containsExactlyInAnyOrder(inReview, underConcept);
        assertThat(ids(search(q + "node=" + fixtures.otherTheme, editor))).containsExactly(byAdmin);
        assertThat(ids(search(q + "node=" + fixtures.concept, editor))).containsExactly(underConcept);
        assertThat(ids(search(q + "node=" + fixtures.year, editor))).hasSize(4);
        assertThat(ids(search(q + "updatedFrom=2026-03-01&updatedTo=2026-03-04", editor))).containsExactly(draft);
        assertThat(ids(search(q + "updatedFrom=2026-03-01T10:00:00Z&updatedTo=2026-03-05T10:00:00.000001Z", editor)))
                .containsExactlyInAnyOrder(inReview, draft);

        // without words: newest update first, filters alone
        Api.Response listed = search("node=" + fixtures.year + "&status=DRAFT", editor);
        assertThat(ids(listed)).containsExactly(underConcept, byAdmin, draft);
    }

    @Test
    void aCursorPagesThroughEveryHitExactlyOnceAcrossTheTiers() {
        String word = "pneumo" + SearchFixtures.word(7);
        List<UUID> created = new ArrayList<>();
        IntStream.range(0, 23).forEach(i -> created.add(fixtures.create(fixtures.question(
                (i % 3 == 0 ? word + " " + word : word) + " question number " + i))));
        IntStream.range(0, 4).forEach(i -> created.add(fixtures.create(fixtures.question("Explained " + i)
                .explanation("It is the " + word + "."))));
        String typo = word.substring(0, 2) + word.charAt(3) + word.charAt(2) + word.substring(4);
        UUID misspelt = fixtures.create(fixtures.question("A misspelt " + typo + " in the stem"));
        created.add(misspelt);
        for (String query : List.of("q=" + word + "&size=5", "node=" + fixtures.year + "&size=5")) {
            List<UUID> seen = new ArrayList<>();
            String next = null;
            int pages = 0;
            do {
                Api.Response page = search(query + (next == null ? "" : "&cursor=" + enc(next)), reviewer);
                assertThat(page.status()).as(page.body()).isEqualTo(200);
                seen.addAll(ids(page));
                next = next(page);
                pages++;
            } while (next != null && pages < 10);
            assertThat(pages).as(query).isEqualTo(6);
            assertThat(seen).as(query).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
            if (query.startsWith("q=")) {
                assertThat(seen.subList(23, 27)).as("explanation hits after the stem hits")
                        .containsExactlyInAnyOrderElementsOf(created.subList(23, 27));
                assertThat(seen.get(27)).as("the misspelt one last").isEqualTo(misspelt);
            }
        }
    }

    @Test
    void aBadCursorOrFilterIsRefusedNamingIt() {
        String word = SearchFixtures.word(8);
        IntStream.range(0, 3).forEach(i -> fixtures.create(fixtures.question(word + " " + i)));
        String cursor = next(search("q=" + word + "&size=1", editor));
        assertThat(cursor).isNotNull();
        assertThat(search("q=" + word + "&size=1&cursor=" + enc(cursor), editor).status()).isEqualTo(200);

        String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                decoded.replaceFirst("~[0-9.]+~", "~0.5~").getBytes(StandardCharsets.UTF_8));
        assertInvalid(search("q=" + word + "&cursor=" + enc(forged), editor), "cursor");
        assertInvalid(search("q=" + word + "&cursor=not-a-cursor", editor), "cursor");
        assertInvalid(search("q=other&cursor=" + enc(cursor), editor), "cursor");

        assertInvalid(search("status=SHELVED", editor), "status");
        assertInvalid(search("difficulty=9", editor), "difficulty");
        assertInvalid(search("difficultyMin=4&difficultyMax=2", editor), "difficultyMax");
        assertInvalid(search("node=nope", editor), "node");
        assertInvalid(search("node=" + UUID.randomUUID(), editor), "node");
        assertInvalid(search("author=42", editor), "author");
        assertInvalid(search("updatedFrom=yesterday", editor), "updatedFrom");
        assertInvalid(search("updatedFrom=2026-03-02&updatedTo=2026-03-01", editor), "updatedTo");
        assertInvalid(search("size=0", editor), "size");
        assertInvalid(search("size=101", editor), "size");
        assertInvalid(search("q=" + "a".repeat(201), editor), "q");
        assertInvalid(search("tag=" + "t".repeat(41), editor), "tag");
    }

    @Test
    void theSearchFollowsEditsAndWorkflowMovesInTheSameTransaction() throws Exception {
        String before = SearchFixtures.word(10);
        String after = SearchFixtures.word(10);
        UUID id = fixtures.create(fixtures.question("A stem about " + before));
        assertThat(ids(search("q=" + before, editor))).containsExactly(id);

        var edited = mvc.perform(MockMvcRequestBuilders.put(SearchFixtures.QUESTIONS + "/" + id)
                        .contentType(MediaType.APPLICATION_JSON).header("Authorization", "Bearer " + editor)
                        .header("If-Match", "\"1\"").content(SearchFixtures.json(
                                fixtures.question("A stem about " + after).theme(fixtures.theme, fixtures.concept))))
                .andReturn().getResponse();
        assertThat(edited.getStatus()).as(edited.getContentAsString()).isEqualTo(200);
        assertThat(ids(search("q=" + before, editor))).isEmpty();
        assertThat(ids(search("q=" + after + "&node=" + fixtures.concept, editor))).containsExactly(id);

        fixtures.act(id, "submit", editor);
        assertThat(ids(search("q=" + after + "&status=IN_REVIEW", editor))).containsExactly(id);
        assertThat(ids(search("q=" + after + "&status=DRAFT", editor))).isEmpty();
    }

    @Test
    void studentsMayNotSearchTheBank() {
        assertThat(search("q=anything", users.as(Role.STUDENT).accessToken()).status()).isEqualTo(403);
        assertThat(search("q=anything", null).status()).isEqualTo(401);
    }

    private Api.Response search(String query, String token) {
        return api.get(SearchFixtures.QUESTIONS + "?" + query + (query.contains("node=") ? ""
                : "&node=" + fixtures.year), token);
    }

    private static List<UUID> ids(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.<List<String>>json("$.items[*].id").stream().map(UUID::fromString).toList();
    }

    private static void assertInvalid(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.<String>json("$.type")).isEqualTo("urn:revisio:problem:validation-failed");
        assertThat(response.<List<String>>json("$.errors[*].field")).containsExactly(field);
    }

    private UUID authorOf(UUID question) {
        return jdbc.sql("SELECT v.author_id FROM content.question q JOIN content.question_version v "
                        + "ON v.id = q.working_version_id WHERE q.id = :id")
                .param("id", question).query(UUID.class).single();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The next page's cursor; absent on the last page. */
    private static String next(Api.Response response) {
        return response.<Map<String, Object>>json("$").get("next") instanceof String cursor ? cursor : null;
    }
}
