package io.revisio.practice;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.Role;
import io.revisio.identity.account.Account;
import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.account.EmailAddress;
import io.revisio.identity.session.SessionTokens;
import io.revisio.testing.Api;
import io.revisio.testing.SignedInUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A syllabus of the test's own and questions published through the question bank's API (so the pool fills
 * itself from content's events), plus students of their own.
 */
public final class PracticeFixtures {

    static final String NODES = "/api/v1/admin/syllabus/nodes";
    static final String QUESTIONS = "/api/v1/admin/questions";

    private final Api api;
    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final SessionTokens sessions;
    private final String editor;
    private final String reviewer;
    private final String prefix = "P" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + "-";
    private int codes;

    public PracticeFixtures(MockMvc mvc, JdbcClient jdbc, SignedInUsers users, AccountRepository accounts,
            SessionTokens sessions) {
        this.api = new Api(mvc);
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.sessions = sessions;
        this.editor = users.as(Role.EDITOR).accessToken();
        this.reviewer = users.as(Role.REVIEWER).accessToken();
    }

    public String editor() {
        return editor;
    }

    public UUID node(UUID parent, String level) {
        String code = prefix + Character.toUpperCase(level.charAt(0)) + (++codes);
        String body = "{\"parentId\":" + (parent == null ? "null" : "\"" + parent + "\"") + ",\"level\":\"" + level
                + "\",\"code\":\"" + code + "\",\"name\":\"" + code + "\"}";
        Api.Response created = api.post(NODES, body, editor);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json("$.id"));
    }

    /** A published question under the theme with {@code options} options, the one at {@code correct} right. */
    public UUID publish(UUID theme, List<UUID> concepts, Integer difficulty, int options, int correct) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < options; i++) {
            json.append(i == 0 ? "" : ",").append("{\"text\":\"Option ").append((char) ('A' + i))
                    .append("\",\"correct\":").append(i == correct).append('}');
        }
        json.append(']');
        String conceptIds = concepts.stream().map(id -> "\"" + id + "\"").reduce((a, b) -> a + "," + b).orElse("");
        Api.Response created = api.post(QUESTIONS, """
                {"stem": "Stem %d", "options": %s, "explanation": "Why %d.", "references": [{"source": "Guyton"}],
                 "themeId": "%s", "conceptIds": [%s], "difficulty": %s}
                """.formatted(++codes, json, codes, theme, conceptIds, difficulty), editor);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        UUID id = UUID.fromString(created.json("$.id"));
        act(id, "submit", editor);
        act(id, "approve", reviewer);
        act(id, "publish", editor);
        return id;
    }

    public List<UUID> publishMany(UUID theme, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(publish(theme, List.of(), 3, 4, i % 4));
        }
        return ids;
    }

    public void disable(UUID node) {
        Api.Response response = api.send(HttpMethod.POST, NODES + "/" + node + "/disable", null, editor, "127.0.0.1");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    public void act(UUID question, String action, String token) {
        Api.Response response = api.send(HttpMethod.POST, QUESTIONS + "/" + question + "/" + action, null, token,
                "127.0.0.1");
        assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
    }

    /** Waits until the pool's listener has taken in every question (it runs after the publishing commit). */
    public void awaitPool(Collection<UUID> questions) {
        awaitPool(questions, true);
    }

    public void awaitPool(Collection<UUID> questions, boolean present) {
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        while (true) {
            long found = jdbc.sql("SELECT count(*) FROM practice.question_pool WHERE question_id = ANY (:ids)")
                    .param("ids", questions.toArray(UUID[]::new)).query(Long.class).single();
            if (found == (present ? questions.size() : 0)) {
                return;
            }
            assertThat(Instant.now()).as("pool never caught up").isBefore(until);
            pause();
        }
    }

    /** A new student of the test's own, signed in; returns the access token. */
    public String student() {
        return studentOnDevices(1).get(0);
    }

    /** A new student signed in on several devices; returns one access token per device. */
    public List<String> studentOnDevices(int devices) {
        EmailAddress email = new EmailAddress(prefix.toLowerCase() + (++codes) + "@students.revisio.test");
        Instant now = Instant.now();
        accounts.insert(new Account(UUID.randomUUID(), email, "Student " + codes, null, Role.STUDENT, now, null, now),
                now);
        Account account = accounts.findByEmail(email).orElseThrow();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < devices; i++) {
            tokens.add(sessions.start(account, "test device " + i, "127.0.0.1").accessToken());
        }
        return tokens;
    }

    static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
