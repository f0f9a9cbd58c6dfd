package io.revisio.analytics.student;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.session.SessionTokens;
import io.revisio.notebook.NotebookPractice;
import io.revisio.practice.PracticeFixtures;
import io.revisio.shared.rebuild.Rebuildable;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Real practice sessions, taken and submitted through the API, reach the student rollups and the overview;
 * a rebuild from practice's attempt log gives the same rows after the derived state was damaged.
 */
@IntegrationTest
class StudentRollupsRebuildTest {

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
    List<Rebuildable> rebuildables;

    @Test
    void submittedSessionsCountAndARebuildGivesTheSameRows() {
        PracticeFixtures fixtures = new PracticeFixtures(mvc, jdbc, users, accounts, sessions);
        NotebookPractice practice = new NotebookPractice(mvc, jdbc);
        UUID theme = fixtures.node(fixtures.node(fixtures.node(null, "year"), "block"), "theme");
        UUID concept = fixtures.node(theme, "concept");
        List<UUID> questions = List.of(fixtures.publish(theme, List.of(concept), 3, 4, 0),
                fixtures.publish(theme, List.of(), 3, 4, 1), fixtures.publish(theme, List.of(), 3, 4, 2));
        fixtures.awaitPool(questions);
        String token = fixtures.student();
        for (int round = 0; round < 2; round++) {
            UUID session = practice.start(token, "{\"mode\":\"TUTOR\",\"nodes\":[\"" + theme + "\"],\"count\":3}");
            List<UUID> asked = practice.questions(token, session);
            for (int i = 0; i < asked.size(); i++) {
                if (i + round != 3) { // the last question left unanswered in the second round
                    practice.answer(token, session, asked.get(i), i != round);
                }
            }
            practice.submit(token, session);
        }
        practice.awaitNoOutstandingPublications();
        Api.Response overview = new Api(mvc).get("/api/v1/analytics/overview", token);
        assertThat(overview.status()).as(overview.body()).isEqualTo(200);
        assertThat(overview.<Integer>json("$.answers")).as("3 answers, then 2").isEqualTo(5);
        assertThat(overview.<Integer>json("$.correct")).isEqualTo(3);
        assertThat(overview.<Integer>json("$.revision.done")).as("the second round revises two questions")
                .isEqualTo(2);

        Map<String, List<Map<String, Object>>> before = state();
        assertThat(before.get("concept")).hasSize(1);
        jdbc.sql("UPDATE analytics.student_theme_day SET answers = 99, correct = 0").update(); // damage
        jdbc.sql("DELETE FROM analytics.student_concept").update();

        Rebuildable rebuild = rebuildables.stream().filter(each -> each.name().equals("student-analytics"))
                .findFirst().orElseThrow();
        assertThat(rebuild.rebuild()).isEqualTo("student analytics of 1 students from 5 answers in 2 finished "
                + "practice sessions");
        assertThat(state()).isEqualTo(before);
    }

    private Map<String, List<Map<String, Object>>> state() {
        return Map.of("days", jdbc.sql("SELECT * FROM analytics.student_theme_day ORDER BY student_id, day, theme_id")
                        .query().listOfRows(),
                "concept", jdbc.sql("SELECT * FROM analytics.student_concept ORDER BY student_id, concept_id")
                        .query().listOfRows(),
                "time", jdbc.sql("SELECT * FROM analytics.theme_time ORDER BY theme_id").query().listOfRows(),
                "sessions", jdbc.sql("SELECT * FROM analytics.student_session ORDER BY session_id").query().listOfRows());
    }
}
