package io.revisio.analytics.item;

import static io.revisio.analytics.item.SyntheticSessions.Given.right;
import static io.revisio.analytics.item.SyntheticSessions.Given.wrong;
import static io.revisio.analytics.item.SyntheticSessions.session;
import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.analytics.item.SyntheticSessions.Given;
import io.revisio.analytics.item.SyntheticSessions.Item;
import io.revisio.identity.Role;
import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.session.SessionTokens;
import io.revisio.notebook.NotebookPractice;
import io.revisio.practice.PracticeFixtures;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The staff's item statistics pages (list with filters and paging, one question with its option shares as
 * meters, the link in the question bank's navigation) and the difficulty badge in the student's review.
 */
@IntegrationTest
class ItemStatisticsPagesTest {

    static final String PAGE = "/admin/item-statistics";

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

    @Autowired
    ItemStatistics statistics;

    PracticeFixtures fixtures;
    Api api;
    String editor;
    UUID block;
    Item broken;
    List<Item> fillers;

    @BeforeEach
    void setUp() {
        fixtures = new PracticeFixtures(mvc, jdbc, users, accounts, sessions);
        api = new Api(mvc);
        editor = users.as(Role.EDITOR).accessToken();
        block = fixtures.node(fixtures.node(null, "year"), "block");
        UUID theme = fixtures.node(block, "theme");
        broken = item(fixtures.publish(theme, List.of(), 3, 4, 0), theme, 0);
        fillers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            fillers.add(item(fixtures.publish(theme, List.of(), 3, 4, 0), theme, 0));
        }
        Instant at = Instant.parse("2026-06-01T09:00:00Z");
        for (int i = 0; i < 40; i++) {
            boolean strong = i < 25;
            List<Given> given = new ArrayList<>(List.of(strong ? wrong(broken, 65_000) : right(broken, 65_000)));
            fillers.forEach(filler -> given.add(strong ? right(filler, 5000) : wrong(filler, 5000)));
            statistics.record(session(at.plusSeconds(i), given.toArray(Given[]::new)));
        }
    }

    @Test
    void theListShowsFlagsFiltersAndLinksToEachQuestion() {
        Api.Response list = api.get(PAGE, editor);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.body()).contains("<h1>Item statistics</h1>")
                .contains("href=\"/admin/item-statistics\" aria-current=\"page\"")
                .contains("href=\"/admin/item-statistics/" + broken.questionId() + "\"")
                .contains("negative discrimination").contains("a distractor chosen more often than the key")
                .contains("-1.00").contains("38%").contains("1 min 05 s").contains("4 of 5, hard")
                .contains("<nav class=\"pager\" aria-label=\"Item statistics pages\">");
        for (Item filler : fillers) {
            assertThat(list.body()).contains("href=\"/admin/item-statistics/" + filler.questionId() + "\"");
        }

        Api.Response flagged = api.get(PAGE + "?flagged=true&sort=discrimination&node=" + block, editor);
        assertThat(flagged.status()).isEqualTo(200);
        assertThat(flagged.body()).contains("href=\"/admin/item-statistics/" + broken.questionId() + "\"")
                .doesNotContain("href=\"/admin/item-statistics/" + fillers.get(0).questionId() + "\"")
                .contains("name=\"flagged\" value=\"true\" checked")
                .contains("value=\"" + block + "\" selected");

        for (String bad : List.of("?minAnswers=lots", "?node=" + UUID.randomUUID(), "?sort=colour", "?page=-2")) {
            Api.Response refused = api.get(PAGE + bad, editor);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.body()).as(bad).contains("role=\"alert\"").contains("Choose the filters");
        }

        assertThat(api.get("/admin/reviews", users.as(Role.REVIEWER).accessToken()).body())
                .as("linked from the question bank's navigation").contains("href=\"/admin/item-statistics\"");
        assertThat(api.get(PAGE, users.as(Role.STUDENT).accessToken()).status()).isEqualTo(403);
    }

    @Test
    void oneQuestionShowsItsStemAndOptionSharesAsMeters() {
        Api.Response one = api.get(PAGE + "/" + broken.questionId(), users.as(Role.REVIEWER).accessToken());
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        String stem = jdbc.sql("SELECT 'Stem' FROM practice.question_pool WHERE question_id = :q")
                .param("q", broken.questionId()).query(String.class).single();
        assertThat(one.body()).contains("<h2 id=\"item-version-1\">Version 1</h2>").contains("40 answers, 38% correct.")
                .contains(stem).contains("Option A").contains("<strong>Key</strong>")
                .contains("negative discrimination");
        List<String> meters = meters(one.body());
        assertThat(meters).containsExactly("0.375", "0.625", "0.0", "0.0");
        assertThat(one.body()).contains("aria-label=\"Option B chosen by 63% in version 1\"")
                .doesNotContain("style=");
        assertThat(api.get(PAGE + "/" + UUID.randomUUID(), editor).status()).isEqualTo(404);
    }

    @Test
    void theStudentsReviewShowsTheBadgeOnceAQuestionHasEnoughAnswersInThePageAndTheJson() {
        UUID theme = fixtures.node(block, "theme");
        Item known = item(fixtures.publish(theme, List.of(), 3, 4, 1), theme, 1);
        Item fresh = item(fixtures.publish(theme, List.of(), 3, 4, 2), theme, 2);
        Instant at = Instant.parse("2026-06-02T09:00:00Z");
        for (int i = 0; i < 24; i++) { // 18 of 24 right: 75 %, level 2
            statistics.record(session(at.plusSeconds(i), i < 18 ? right(known, 9000) : wrong(known, 9000)));
        }
        NotebookPractice practice = new NotebookPractice(mvc, jdbc);
        String student = fixtures.student();
        UUID session = practice.start(student, "{\"mode\":\"TUTOR\",\"nodes\":[\"" + theme + "\"],\"count\":2}");
        for (UUID question : practice.questions(student, session)) {
            practice.answer(student, session, question, true);
        }
        practice.submit(student, session);

        Api.Response review = api.get("/practice/sessions/" + session + "/review", student);
        assertThat(review.status()).isEqualTo(200);
        assertThat(review.body()).contains("<p class=\"difficulty-badge level-2\">Difficulty <strong>2 of 5</strong> · easy");
        assertThat(review.body().split("class=\"difficulty-badge").length - 1).as("no badge for the question with no "
                + "answers yet (" + fresh.questionId() + ")").isEqualTo(1);

        // The review JSON carries the same badge per question, and none where too few have answered.
        Api.Response json = api.get("/api/v1/practice/sessions/" + session + "/review", student);
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        List<Map<String, Object>> badges = json.json("$.questions[?(@.questionId == '" + known.questionId()
                + "')].difficulty");
        assertThat(badges).singleElement().satisfies(badge -> {
            assertThat(badge).containsEntry("level", 2).containsEntry("label", "easy");
            // 24 made-up answers, and this student's own once its finished session is counted
            assertThat(((Number) badge.get("answers")).longValue()).isBetween(24L, 25L);
        });
        List<Object> none = json.json("$.questions[?(@.questionId == '" + fresh.questionId() + "')].difficulty");
        assertThat(none).as("too few answers: no badge").isEmpty();
        assertThat(json.<List<Object>>json("$.questions")).hasSize(2);
    }

    private static List<String> meters(String html) {
        Matcher matcher = Pattern.compile("<meter [^>]*value=\"([^\"]+)\"").matcher(html);
        List<String> values = new ArrayList<>();
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }

    private Item item(UUID question, UUID theme, int key) {
        fixtures.awaitPool(List.of(question));
        UUID version = jdbc.sql("SELECT version_id FROM practice.question_pool WHERE question_id = :q")
                .param("q", question).query(UUID.class).single();
        return new Item(question, version, theme, key);
    }
}
