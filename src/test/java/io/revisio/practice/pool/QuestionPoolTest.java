package io.revisio.practice.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.session.SessionTokens;
import io.revisio.practice.PracticeFixtures;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pool follows content's events (publish, archive, restore) through the event publication registry,
 * can be rebuilt from content's API, and the builder's counts add up per syllabus node.
 */
@IntegrationTest
class QuestionPoolTest {

    static final String POOL = "/api/v1/practice/pool";

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
    PoolKeeper keeper;

    PracticeFixtures fixtures;
    Api api;

    @BeforeEach
    void setUp() {
        fixtures = new PracticeFixtures(mvc, jdbc, users, accounts, sessions);
        api = new Api(mvc);
    }

    @Test
    void publishingArchivingAndRestoringKeepThePoolInStep() {
        UUID year = fixtures.node(null, "year");
        UUID block = fixtures.node(year, "block");
        UUID theme = fixtures.node(block, "theme");
        UUID question = fixtures.publish(theme, List.of(), 2, 5, 3);
        fixtures.awaitPool(List.of(question));
        assertThat(jdbc.sql("SELECT option_count FROM practice.question_pool WHERE question_id = :id")
                .param("id", question).query(Integer.class).single()).isEqualTo(5);

        fixtures.act(question, "archive", fixtures.editor());
        fixtures.awaitPool(List.of(question), false);

        fixtures.act(question, "restore", fixtures.editor());
        fixtures.awaitPool(List.of(question));
        awaitNoOutstandingPublications();
    }

    @Test
    void theBuilderCountsWhatEachNodeOffersForTheFilters() {
        String student = fixtures.student();
        UUID year = fixtures.node(null, "year");
        UUID block = fixtures.node(year, "block");
        UUID first = fixtures.node(block, "theme");
        UUID concept = fixtures.node(first, "concept");
        UUID second = fixtures.node(block, "theme");
        List<UUID> questions = new java.util.ArrayList<>(fixtures.publishMany(first, 3));
        questions.add(fixtures.publish(first, List.of(concept), 5, 4, 0));
        questions.addAll(fixtures.publishMany(second, 2));
        fixtures.awaitPool(questions);

        Api.Response all = api.get(POOL, student);
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(available(all, year)).isEqualTo(6);
        assertThat(available(all, block)).isEqualTo(6);
        assertThat(available(all, first)).isEqualTo(4);
        assertThat(available(all, concept)).isEqualTo(1);
        assertThat(available(all, second)).isEqualTo(2);

        Api.Response hard = api.get(POOL + "?difficulties=5&pools=unused", student);
        assertThat(available(hard, year)).isEqualTo(1);
        assertThat(hard.<List<String>>json("$.pools")).containsExactly("unused");
        assertThat(available(api.get(POOL + "?pools=incorrect,flagged", student), year)).isZero();

        fixtures.disable(second);
        Api.Response withoutSecond = api.get(POOL, student);
        assertThat(available(withoutSecond, year)).isEqualTo(4);
        assertThat(withoutSecond.<List<Object>>json("$..[?(@.id=='" + second + "')]")).isEmpty();
    }

    @Test
    void unknownPoolsAndDifficultiesAreRefused() {
        String student = fixtures.student();
        Api.Response unknown = api.get(POOL + "?pools=favourites", student);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("bookmarked, mistakes and all");
        Api.Response bookmarked = api.get(POOL + "?pools=bookmarked,mistakes", student);
        assertThat(bookmarked.status()).as("the student's own lists, empty for a new student").isEqualTo(200);
        assertThat(bookmarked.<Integer>json("$.available")).isZero();
        assertThat(api.get(POOL + "?difficulties=6", student).status()).isEqualTo(400);
        assertThat(api.get(POOL + "?difficulties=hard", student).status()).isEqualTo(400);
    }

    @Test
    void aRebuildRestoresQuestionsPublishedWhileNobodyListened() {
        UUID year = fixtures.node(null, "year");
        UUID theme = fixtures.node(fixtures.node(year, "block"), "theme");
        UUID question = fixtures.publish(theme, List.of(), null, 3, 1);
        fixtures.awaitPool(List.of(question));
        jdbc.sql("DELETE FROM practice.question_pool").update();
        UUID stray = UUID.randomUUID();
        jdbc.sql("INSERT INTO practice.question_pool (question_id, version_id, theme_id, option_count, updated_at) "
                + "VALUES (:id, :id, :theme, 2, now())").param("id", stray).param("theme", theme).update();

        keeper.rebuild();

        fixtures.awaitPool(List.of(question));
        fixtures.awaitPool(List.of(stray), false);
    }

    private void awaitNoOutstandingPublications() {
        for (int i = 0; i < 300; i++) {
            if (jdbc.sql("SELECT count(*) FROM platform.event_publication").query(Long.class).single() == 0) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("event publications left outstanding");
    }

    private static long available(Api.Response response, UUID node) {
        List<Number> values = response.json("$..[?(@.id=='" + node + "')].available");
        assertThat(values).as(response.body()).hasSize(1);
        return values.get(0).longValue();
    }
}
