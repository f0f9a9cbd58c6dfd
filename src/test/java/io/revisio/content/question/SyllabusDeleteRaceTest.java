package io.revisio.content.question;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.Role;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An editor files a question under a theme while another deletes that theme. Whichever commits first
 * wins cleanly: either the question is saved and the delete is refused (409), or the theme is gone and
 * the save is refused (400). Never a 500, never a question pointing at a deleted theme.
 */
@IntegrationTest
class SyllabusDeleteRaceTest {

    private static final int ROUNDS = 12;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignedInUsers users;

    @Test
    void aSaveAndADeleteOfItsThemeNeverBothSucceed() throws Exception {
        Api api = new Api(mvc);
        String editor = users.as(Role.EDITOR).accessToken();
        String otherEditor = users.as(Role.ADMIN).accessToken();
        List<String> outcomes = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            String prefix = "RACE" + round + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
            UUID year = node(api, editor, null, "year", prefix + "-Y");
            UUID block = node(api, editor, year, "block", prefix + "-B");
            UUID theme = node(api, editor, block, "theme", prefix + "-T");
            String question = """
                    {"stem": "Race %s?", "options": [{"text": "A", "correct": true}, {"text": "B", "correct": false}],
                     "explanation": "Because.", "themeId": "%s"}""".formatted(prefix, theme);

            CyclicBarrier start = new CyclicBarrier(2);
            CompletableFuture<Integer> save = CompletableFuture.supplyAsync(() -> {
                await(start);
                return api.post(QuestionAdminApiTest.QUESTIONS, question, editor).status();
            });
            CompletableFuture<Integer> delete = CompletableFuture.supplyAsync(() -> {
                await(start);
                return api.delete(QuestionAdminApiTest.NODES + "/" + theme, otherEditor).status();
            });
            int saved = save.get();
            int deleted = delete.get();

            long filed = jdbc.sql("SELECT count(*) FROM content.question_version WHERE theme_id = :theme")
                    .param("theme", theme).query(Long.class).single();
            long nodes = jdbc.sql("SELECT count(*) FROM content.syllabus_node WHERE id = :theme")
                    .param("theme", theme).query(Long.class).single();
            if (saved == 201) {
                assertThat(deleted).as("round %s: the delete after a save", round).isEqualTo(409);
                assertThat(filed).isEqualTo(1);
                assertThat(nodes).isEqualTo(1);
            } else {
                assertThat(saved).as("round %s: the save after a delete", round).isEqualTo(400);
                assertThat(deleted).isEqualTo(204);
                assertThat(filed).isZero();
                assertThat(nodes).isZero();
            }
            outcomes.add(saved + "/" + deleted);
        }
        assertThat(outcomes).hasSize(ROUNDS);
    }

    private static UUID node(Api api, String token, UUID parent, String level, String code) {
        String body = "{\"parentId\":" + (parent == null ? "null" : "\"" + parent + "\"") + ",\"level\":\"" + level
                + "\",\"code\":\"" + code + "\",\"name\":\"" + code + "\"}";
        Api.Response created = api.post(QuestionAdminApiTest.NODES, body, token);
        assertThat(created.status()).isEqualTo(201);
        return UUID.fromString(created.json("$.id"));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
