package io.revisio.analytics.item;

import static io.revisio.analytics.item.SyntheticSessions.Given.right;
import static io.revisio.analytics.item.SyntheticSessions.Given.wrong;
import static io.revisio.analytics.item.SyntheticSessions.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.revisio.analytics.item.SyntheticSessions.Given;
import io.revisio.analytics.item.SyntheticSessions.Item;
import io.revisio.identity.Role;
import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.session.SessionTokens;
import io.revisio.practice.PracticeFixtures;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The item statistics API on answers of known shape: a broken question (negative discrimination, a distractor
 * above the key), a healthy one, one with few answers and three fillers; filters, sorts, paging, one question's
 * option shares and median time, and refusals of bad input.
 */
@IntegrationTest
class ItemStatisticsApiTest {

    static final String LIST = "/api/v1/admin/item-statistics";

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

    Api api;
    String editor;
    UUID block;
    UUID themeA;
    UUID themeB;
    UUID concept;
    Item broken;
    Item healthy;
    Item rare;
    List<Item> fillers;

    @BeforeEach
    void setUp() {
        PracticeFixtures fixtures = new PracticeFixtures(mvc, jdbc, users, accounts, sessions);
        api = new Api(mvc);
        editor = users.as(Role.EDITOR).accessToken();
        block = fixtures.node(fixtures.node(null, "year"), "block");
        themeA = fixtures.node(block, "theme");
        themeB = fixtures.node(block, "theme");
        concept = fixtures.node(themeA, "concept");
        broken = item(fixtures, fixtures.publish(themeA, List.of(concept), 3, 4, 0), themeA, 0);
        healthy = item(fixtures, fixtures.publish(themeB, List.of(), 3, 4, 1), themeB, 1);
        rare = item(fixtures, fixtures.publish(themeA, List.of(), 3, 4, 2), themeA, 2);
        fillers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            fillers.add(item(fixtures, fixtures.publish(themeB, List.of(), 3, 4, 0), themeB, 0));
        }
        Instant at = Instant.parse("2026-06-01T09:00:00Z");
        for (int i = 0; i < 40; i++) {
            boolean strong = i < 25; // strong students: fillers right, the broken question wrong
            List<Given> given = new ArrayList<>(List.of(strong ? wrong(broken, 1000L * (i + 1))
                    : right(broken, 1000L * (i + 1))));
            fillers.forEach(filler -> given.add(strong ? right(filler, 5000) : wrong(filler, 5000)));
            statistics.record(session(at.plusSeconds(i), given.toArray(Given[]::new)));
            boolean good = i < 30; // everyone right or everyone wrong: a discriminating question
            List<Given> healthyGiven = new ArrayList<>(List.of(good ? right(healthy, 8000) : wrong(healthy, 8000)));
            fillers.forEach(filler -> healthyGiven.add(good ? right(filler, 5000) : wrong(filler, 5000)));
            statistics.record(session(at.plusSeconds(100 + i), healthyGiven.toArray(Given[]::new)));
        }
        for (int i = 0; i < 5; i++) { // alone in their sessions: no rest score, so no discrimination
            statistics.record(session(at.plusSeconds(200 + i), i < 3 ? right(rare, 4000) : wrong(rare, 4000)));
        }
    }

    @Test
    void listsFiltersSortsAndPages() {
        Api.Response all = list("");
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.<Integer>json("$.total")).isEqualTo(6);
        assertThat(all.<List<String>>json("$.items[*].questionId").subList(0, 3)).as("most answered first")
                .containsExactlyInAnyOrderElementsOf(fillers.stream().map(f -> f.questionId().toString()).toList());
        assertThat(all.<String>json("$.items[5].questionId")).isEqualTo(rare.questionId().toString());

        Api.Response flagged = list("?flagged=true");
        assertThat(ids(flagged)).containsExactly(broken.questionId().toString());
        assertThat(flagged.<List<String>>json("$.items[0].flags"))
                .containsExactly("negative-discrimination", "distractor-above-key");
        assertThat(flagged.<Double>json("$.items[0].discrimination")).isCloseTo(-1.0, within(1e-9));
        assertThat(flagged.<Double>json("$.items[0].shareCorrect")).isEqualTo(0.375);
        assertThat(flagged.<Integer>json("$.items[0].difficulty.level")).as("37.5 % right").isEqualTo(4);
        assertThat(flagged.<Integer>json("$.items[0].medianTimeMs")).as("(20 s + 21 s) / 2").isEqualTo(20_500);

        assertThat(ids(list("?node=" + themeA))).containsExactlyInAnyOrder(broken.questionId().toString(),
                rare.questionId().toString());
        assertThat(ids(list("?node=" + concept))).containsExactly(broken.questionId().toString());
        assertThat(list("?node=" + block).<Integer>json("$.total")).isEqualTo(6);
        assertThat(list("?node=" + themeB).<Integer>json("$.total")).isEqualTo(4);
        assertThat(list("?minAnswers=41").<Integer>json("$.total")).isEqualTo(3);
        assertThat(list("?minAnswers=6&node=" + themeA).<Integer>json("$.total")).isEqualTo(1);

        assertThat(ids(list("?sort=shareCorrect")).get(0)).as("hardest first").isEqualTo(broken.questionId().toString());
        assertThat(ids(list("?sort=shareCorrect&order=desc")).get(0)).isEqualTo(healthy.questionId().toString());
        List<String> byDiscrimination = ids(list("?sort=discrimination"));
        assertThat(byDiscrimination.get(0)).isEqualTo(broken.questionId().toString());
        assertThat(byDiscrimination.get(5)).as("undefined last").isEqualTo(rare.questionId().toString());
        List<String> descending = ids(list("?sort=discrimination&order=desc"));
        assertThat(descending.get(5)).as("undefined last either way").isEqualTo(rare.questionId().toString());
        assertThat(list("?sort=discrimination&order=desc").<Double>json("$.items[0].discrimination"))
                .isGreaterThan(0.99);

        Api.Response page = list("?size=2&page=1");
        assertThat(page.<Integer>json("$.page")).isEqualTo(1);
        assertThat(page.<Integer>json("$.size")).isEqualTo(2);
        assertThat(ids(page)).isEqualTo(ids(all).subList(2, 4));
        assertThat(ids(list("?size=2&page=9"))).isEmpty();
    }

    @Test
    void oneQuestionHasItsOptionSharesPerVersion() {
        Api.Response one = api.get(LIST + "/" + broken.questionId(), users.as(Role.REVIEWER).accessToken());
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        assertThat(one.<Integer>json("$.item.answers")).isEqualTo(40);
        assertThat(one.<Integer>json("$.item.correct")).isEqualTo(15);
        assertThat(one.<String>json("$.item.themeId")).isEqualTo(themeA.toString());
        assertThat(one.<List<Object>>json("$.versions")).hasSize(1);
        assertThat(one.<String>json("$.versions[0].versionId")).isEqualTo(broken.versionId().toString());
        assertThat(one.<Integer>json("$.versions[0].number")).isEqualTo(1);
        assertThat(one.<List<Integer>>json("$.versions[0].options[*].chosen")).containsExactly(15, 25, 0, 0);
        assertThat(one.<List<Boolean>>json("$.versions[0].options[*].key")).containsExactly(true, false, false, false);
        assertThat(one.<List<Double>>json("$.versions[0].options[*].share")).containsExactly(0.375, 0.625, 0.0, 0.0);

        Api.Response rareOne = api.get(LIST + "/" + rare.questionId(), editor);
        assertThat(rareOne.body()).as("undefined, so left out").doesNotContain("\"discrimination\"")
                .as("five answers are too few for a badge").doesNotContain("\"difficulty\"");
        assertThat(rareOne.<List<String>>json("$.item.flags")).isEmpty();
        assertThat(rareOne.<Integer>json("$.item.medianTimeMs")).isEqualTo(4000);

        Api.Response unknown = api.get(LIST + "/" + UUID.randomUUID(), editor);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.<String>json("$.type")).isEqualTo("urn:revisio:problem:item-statistics-not-found");
    }

    @Test
    void refusesWhatItDoesNotUnderstand() {
        for (String bad : List.of("?sort=popularity", "?order=sideways", "?node=" + UUID.randomUUID(), "?node=nope",
                "?minAnswers=-1", "?minAnswers=lots", "?size=101", "?size=0", "?page=-1", "?flagged=maybe")) {
            Api.Response refused = list(bad);
            assertThat(refused.status()).as(bad + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.raw().getContentType()).as(bad).startsWith("application/problem+json");
        }
        assertThat(api.get(LIST + "/not-an-id", editor).status()).isEqualTo(400);
        assertThat(api.get(LIST, users.as(Role.STUDENT).accessToken()).status()).isEqualTo(403);
    }

    private Api.Response list(String query) {
        return api.get(LIST + query, editor);
    }

    private static List<String> ids(Api.Response response) {
        return response.json("$.items[*].questionId");
    }

    private Item item(PracticeFixtures fixtures, UUID question, UUID theme, int key) {
        fixtures.awaitPool(List.of(question));
        UUID version = jdbc.sql("SELECT version_id FROM practice.question_pool WHERE question_id = :q")
                .param("q", question).query(UUID.class).single();
        return new Item(question, version, theme, key);
    }
}
