package io.revisio.practice.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.session.SessionTokens;
import io.revisio.practice.PracticeFixtures;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The test builder through the API, against the real database: proportions over the picked nodes, the
 * least-seen rule, reproducible seeds, fewer questions than asked, nothing available, and bad requests.
 */
@IntegrationTest
class PracticeSessionBuilderApiTest {

    static final String SESSIONS = "/api/v1/practice/sessions";

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
    Api api;
    UUID block;
    UUID big;
    UUID small;
    List<UUID> bigQuestions;
    List<UUID> smallQuestions;

    @BeforeEach
    void setUp() {
        fixtures = new PracticeFixtures(mvc, jdbc, users, accounts, sessions);
        api = new Api(mvc);
        block = fixtures.node(fixtures.node(null, "year"), "block");
        big = fixtures.node(block, "theme");
        small = fixtures.node(block, "theme");
        bigQuestions = fixtures.publishMany(big, 6);
        smallQuestions = fixtures.publishMany(small, 3);
        List<UUID> all = new ArrayList<>(bigQuestions);
        all.addAll(smallQuestions);
        fixtures.awaitPool(all);
    }

    @Test
    void theTestIsSpreadOverThePickedNodesInProportion() {
        String student = fixtures.student();
        Api.Response created = build(student, "EXAM", List.of(big, small), 6, null, null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.raw().getHeader("Location")).isEqualTo(SESSIONS + "/" + created.json("$.id"));
        List<String> picked = created.json("$.questions[*].questionId");
        assertThat(picked).hasSize(6).doesNotHaveDuplicates();
        assertThat(picked.stream().filter(id -> bigQuestions.contains(UUID.fromString(id)))).hasSize(4);
        assertThat(picked.stream().filter(id -> smallQuestions.contains(UUID.fromString(id)))).hasSize(2);
        assertThat(created.<Boolean>json("$.timed")).as("an exam is timed by default").isTrue();
        assertThat(created.<Integer>json("$.selection.got")).isEqualTo(6);
        assertThat(created.<Boolean>json("$.selection.fewerThanAsked")).isFalse();
        assertThat(created.<String>json("$.state")).isEqualTo("IN_PROGRESS");
        assertThat(created.<List<Object>>json("$.questions[0].options")).hasSize(4);
        assertThat(created.body()).as("no feedback before the end of an exam").doesNotContain("\"feedback\"")
                .doesNotContain("\"correct\"");
    }

    @Test
    void questionsSeenLeastComeFirst() {
        String student = fixtures.student();
        Set<String> first = new HashSet<>(build(student, "TUTOR", List.of(big), 3, null, null)
                .<List<String>>json("$.questions[*].questionId"));
        Set<String> second = new HashSet<>(build(student, "TUTOR", List.of(big), 3, null, null)
                .<List<String>>json("$.questions[*].questionId"));
        assertThat(first).hasSize(3).doesNotContainAnyElementsOf(second);
        assertThat(second).hasSize(3);
    }

    @Test
    void theSameSeedOverTheSamePoolGivesTheSameTest() {
        Api.Response one = build(fixtures.student(), "EXAM", List.of(block), 5, 1234L, null);
        Api.Response other = build(fixtures.student(), "EXAM", List.of(block), 5, 1234L, null);
        assertThat(other.<List<String>>json("$.questions[*].questionId"))
                .isEqualTo(one.json("$.questions[*].questionId"));
        assertThat(other.<List<String>>json("$.questions[*].options[*].text"))
                .as("the same shuffled option order").isEqualTo(one.json("$.questions[*].options[*].text"));
        assertThat(jdbc.sql("SELECT seed FROM practice.practice_session WHERE id = :id")
                .param("id", UUID.fromString(one.json("$.id"))).query(Long.class).single()).isEqualTo(1234L);
    }

    @Test
    void fewerAvailableThanAskedGivesWhatThereIsAndSaysSo() {
        Api.Response created = build(fixtures.student(), "EXAM", List.of(small), 50, null, false);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.<Integer>json("$.selection.asked")).isEqualTo(50);
        assertThat(created.<Integer>json("$.selection.got")).isEqualTo(3);
        assertThat(created.<Boolean>json("$.selection.fewerThanAsked")).isTrue();
        assertThat(created.<Boolean>json("$.timed")).isFalse();
        assertThat(created.body()).doesNotContain("\"deadline\"");
    }

    @Test
    void anExamIsTimedAtSixtySecondsPerQuestion() {
        Api.Response created = build(fixtures.student(), "EXAM", List.of(small), 2, null, null);
        java.time.Instant createdAt = java.time.Instant.parse(created.json("$.createdAt"));
        java.time.Instant deadline = java.time.Instant.parse(created.json("$.deadline"));
        assertThat(java.time.Duration.between(createdAt, deadline)).hasSeconds(120);
    }

    @Test
    void nothingAvailableIsAHelpful422() {
        String student = fixtures.student();
        Api.Response refused = api.post(SESSIONS, """
                {"mode": "TUTOR", "pools": ["incorrect", "flagged"], "nodes": ["%s"], "count": 10}
                """.formatted(big), student);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.raw().getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.<String>json("$.type")).isEqualTo("urn:revisio:problem:practice-nothing-available");
        assertThat(refused.<Integer>json("$.availableInAllPools")).isEqualTo(6);
        assertThat(jdbc.sql("SELECT count(*) FROM practice.practice_session s JOIN practice.student_question q "
                + "ON q.student_id = s.student_id WHERE q.question_id = :q").param("q", bigQuestions.get(0))
                .query(Long.class).single()).as("nothing written").isZero();
    }

    @Test
    void badRequestsAreRefusedWithA400() {
        String student = fixtures.student();
        assertThat(api.post(SESSIONS, "{\"mode\":\"EXAM\",\"count\":0}", student).status()).isEqualTo(400);
        assertThat(api.post(SESSIONS, "{\"mode\":\"EXAM\",\"count\":201}", student).status()).isEqualTo(400);
        assertThat(api.post(SESSIONS, "{\"count\":5}", student).status()).isEqualTo(400);
        assertThat(api.post(SESSIONS, "{\"mode\":\"LAZY\",\"count\":5}", student).status()).isEqualTo(400);
        assertThat(api.post(SESSIONS, "{\"mode\":\"TUTOR\",\"timed\":true,\"count\":5}", student).status())
                .isEqualTo(400);
        assertThat(api.post(SESSIONS, "{\"mode\":\"EXAM\",\"count\":5,\"pools\":[\"favourites\"]}", student).status())
                .isEqualTo(400);
        assertThat(api.post(SESSIONS, "{\"mode\":\"EXAM\",\"count\":5,\"pools\":[\"bookmarked\"]}", student).status())
                .as("no bookmarks yet: nothing to draw from").isEqualTo(422);
        assertThat(api.post(SESSIONS, "{\"mode\":\"EXAM\",\"count\":5,\"nodes\":[\"" + UUID.randomUUID() + "\"]}",
                student).status()).isEqualTo(400);
        assertThat(api.post(SESSIONS, "{\"mode\":\"EXAM\",\"count\":5,\"difficulties\":[9]}", student).status())
                .isEqualTo(400);
        assertThat(api.post(SESSIONS, "{not json", student).status()).isEqualTo(400);
    }

    private Api.Response build(String student, String mode, List<UUID> nodes, int count, Long seed, Boolean timed) {
        String ids = nodes.stream().map(id -> "\"" + id + "\"").reduce((a, b) -> a + "," + b).orElse("");
        Api.Response response = api.post(SESSIONS, "{\"mode\":\"" + mode + "\",\"nodes\":[" + ids + "],\"count\":" + count
                + (seed == null ? "" : ",\"seed\":" + seed) + (timed == null ? "" : ",\"timed\":" + timed) + "}",
                student);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }
}
