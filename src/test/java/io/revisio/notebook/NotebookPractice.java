package io.revisio.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.testing.Api;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Takes practice sessions the way a student's client does, through practice's API. */
public final class NotebookPractice {

    public static final String SESSIONS = "/api/v1/practice/sessions";

    private final Api api;
    private final JdbcClient jdbc;

    public NotebookPractice(MockMvc mvc, JdbcClient jdbc) {
        this.api = new Api(mvc);
        this.jdbc = jdbc;
    }

    /** Builds a session; returns its id. */
    public UUID start(String student, String json) {
        Api.Response created = api.post(SESSIONS, json, student);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json("$.id"));
    }

    public List<UUID> questions(String student, UUID session) {
        List<String> ids = api.get(SESSIONS + "/" + session, student).json("$.questions[*].questionId");
        return ids.stream().map(UUID::fromString).toList();
    }

    /** Answers right or wrong with a new answer id (in exam mode a second answer is a change). */
    public void answer(String student, UUID session, UUID question, boolean right) {
        int place = jdbc.sql("SELECT array_position(option_order, correct_index) - 1 FROM practice.session_question "
                        + "WHERE session_id = :s AND question_id = :q")
                .param("s", session).param("q", question).query(Integer.class).single();
        int options = jdbc.sql("SELECT cardinality(option_order) FROM practice.session_question "
                        + "WHERE session_id = :s AND question_id = :q")
                .param("s", session).param("q", question).query(Integer.class).single();
        Api.Response answered = api.send(HttpMethod.PUT, SESSIONS + "/" + session + "/answers/" + question,
                "{\"answerId\":\"" + UUID.randomUUID() + "\",\"option\":" + (right ? place : (place + 1) % options)
                        + "}", student, "127.0.0.1");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    }

    /** Submits and waits until the notebook has taken the finished session in. */
    public void submit(String student, UUID session) {
        Api.Response submitted = api.post(SESSIONS + "/" + session + "/submit", null, student);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        await(() -> jdbc.sql("SELECT count(*) FROM notebook.handled_session WHERE session_id = :id")
                .param("id", session).query(Long.class).single() == 1);
    }

    public void awaitNoOutstandingPublications() {
        await(() -> jdbc.sql("SELECT count(*) FROM platform.event_publication").query(Long.class).single() == 0);
    }

    public static void await(BooleanSupplier condition) {
        Instant until = Instant.now().plusSeconds(15);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited in vain").isBefore(until);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
