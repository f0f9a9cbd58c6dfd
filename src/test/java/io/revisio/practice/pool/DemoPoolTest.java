package io.revisio.practice.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.Role;
import io.revisio.platform.seed.DemoSeeder;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The demo bank publishes through the question bank, so the practice pool fills itself from its events. */
@IntegrationTest
class DemoPoolTest {

    @Autowired
    DemoSeeder seeder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedInUsers users;

    @Test
    void seedingTheDemoFillsThePoolAndAStudentCanPractise() {
        seeder.seed(line -> { });
        long published = jdbc.sql("SELECT count(*) FROM content.question q JOIN content.question_version v "
                + "ON v.id = q.published_version_id WHERE v.state = 'PUBLISHED'").query(Long.class).single();
        assertThat(published).isPositive();
        Instant until = Instant.now().plusSeconds(30);
        while (jdbc.sql("SELECT count(*) FROM practice.question_pool").query(Long.class).single() < published) {
            assertThat(Instant.now()).as("the pool never filled").isBefore(until);
            pause();
        }
        String student = users.as(Role.STUDENT).accessToken();
        Api api = new Api(mvc);
        Api.Response pool = api.get("/api/v1/practice/pool", student);
        assertThat(((Number) pool.json("$.available")).longValue()).isEqualTo(published);
        Api.Response session = api.post("/api/v1/practice/sessions", "{\"mode\":\"TUTOR\",\"count\":20}", student);
        assertThat(session.status()).as(session.body()).isEqualTo(201);
        assertThat(session.<Integer>json("$.count")).isEqualTo(20);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
