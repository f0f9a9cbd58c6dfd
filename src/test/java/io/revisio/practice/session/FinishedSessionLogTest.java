package io.revisio.practice.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.session.SessionTokens;
import io.revisio.practice.FinishedPracticeSessions;
import io.revisio.practice.PracticeFixtures;
import io.revisio.practice.PracticeSessionFinished;
import io.revisio.practice.PracticeSessionFinished.AnswerChange;
import io.revisio.practice.PracticeSessionFinished.QuestionOutcome;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** The attempt log gives back each finished session as the very event it published, in the order they finished. */
@IntegrationTest
@RecordApplicationEvents
class FinishedSessionLogTest {

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

    @Autowired
    FinishedPracticeSessions log;

    @Autowired
    ApplicationEvents events;

    @Test
    void replaysFinishedSessionsAsTheirEventsOldestFirst() {
        PracticeFixtures fixtures = new PracticeFixtures(mvc, jdbc, users, accounts, sessions);
        UUID theme = fixtures.node(fixtures.node(fixtures.node(null, "year"), "block"), "theme");
        fixtures.awaitPool(fixtures.publishMany(theme, 3));
        Api api = new Api(mvc);
        String student = fixtures.student();
        List<String> finished = new ArrayList<>();
        for (String mode : List.of("EXAM", "TUTOR")) {
            Api.Response created = api.post(SESSIONS, "{\"mode\":\"" + mode + "\",\"nodes\":[\"" + theme
                    + "\"],\"count\":3}", student);
            String session = created.json("$.id");
            List<String> questions = api.get(SESSIONS + "/" + session, student).json("$.questions[*].questionId");
            answer(api, student, session, questions.get(0), 0);
            answer(api, student, session, questions.get(0), 1); // a change, in exam mode
            answer(api, student, session, questions.get(1), 2);
            assertThat(api.post(SESSIONS + "/" + session + "/submit", null, student).status()).isEqualTo(200);
            finished.add(session);
        }
        Api.Response abandoned = api.post(SESSIONS, "{\"mode\":\"TUTOR\",\"nodes\":[\"" + theme + "\"],\"count\":1}",
                student);
        api.post(SESSIONS + "/" + abandoned.json("$.id") + "/abandon", null, student);

        List<PracticeSessionFinished> published = events.stream(PracticeSessionFinished.class)
                .map(FinishedSessionLogTest::toMicros).toList();
        List<PracticeSessionFinished> replayed = new ArrayList<>();
        log.replay(replayed::add);

        assertThat(replayed).as("abandoned sessions have no result").hasSize(2);
        assertThat(replayed.stream().map(e -> e.sessionId().toString()).toList()).isEqualTo(finished);
        assertThat(replayed).isEqualTo(published);
        assertThat(replayed.get(0).questions().stream().mapToInt(QuestionOutcome::changes).sum()).isEqualTo(1);
    }

    private void answer(Api api, String student, String session, String question, int option) {
        Api.Response answered = api.send(HttpMethod.PUT, SESSIONS + "/" + session + "/answers/" + question,
                "{\"answerId\":\"" + UUID.randomUUID() + "\",\"option\":" + option + "}", student, "127.0.0.1");
        assertThat(answered.status()).as(answered.body()).isIn(200, 409);
    }

    /** The database keeps microseconds (rounding to the nearest); the clock may give more. */
    private static PracticeSessionFinished toMicros(PracticeSessionFinished event) {
        return new PracticeSessionFinished(event.sessionId(), event.studentId(), event.mode(), event.outcome(),
                micros(event.finishedAt()), event.correct(), event.total(), event.questions().stream()
                .map(q -> new QuestionOutcome(q.questionId(), q.versionId(), q.themeId(), q.chosenOption(),
                        q.correctOption(), q.correct(), q.timeSpentMs(), q.history().stream()
                        .map(a -> new AnswerChange(a.answerId(), a.chosenOption(), a.correct(), micros(a.answeredAt())))
                        .toList()))
                .toList());
    }

    private static Instant micros(Instant instant) {
        return instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }
}
