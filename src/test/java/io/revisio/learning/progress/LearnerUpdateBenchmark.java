package io.revisio.learning.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.content.PublishedQuestions;
import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.session.SessionTokens;
import io.revisio.practice.PracticeFixtures;
import io.revisio.practice.PracticeSessionFinished;
import io.revisio.practice.PracticeSessionFinished.AnswerChange;
import io.revisio.practice.PracticeSessionFinished.QuestionOutcome;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * How long the learner models' follow-up of one submitted 40-question practice session takes against the
 * real database: the whole transaction (lock, version look-up, state reads, batched writes, commit), timed
 * around the call. Not part of the test suite (the name does not end in Test, and it needs
 * -Drevisio.benchmark=true); run it as docs/benchmarks/learning.md says. It asserts what was written, never a
 * time.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "revisio.benchmark", matches = "true")
class LearnerUpdateBenchmark {

    static final int QUESTIONS = 40;
    static final int WARM_UP = 50;
    static final int MEASURED = 300;
    static final int STUDENTS = 30;

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
    PublishedQuestions published;

    @Autowired
    LearnerUpdates updates;

    @Test
    void followUpOfOneFortyQuestionSession() {
        PracticeFixtures fixtures = new PracticeFixtures(mvc, jdbc, users, accounts, sessions);
        UUID block = fixtures.node(fixtures.node(null, "year"), "block");
        List<UUID> themes = List.of(fixtures.node(block, "theme"), fixtures.node(block, "theme"));
        UUID concept = fixtures.node(themes.get(0), "concept");
        List<PublishedQuestions.Head> heads = new ArrayList<>();
        for (int i = 0; i < QUESTIONS; i++) {
            UUID theme = themes.get(i % 2);
            UUID question = fixtures.publish(theme, i % 4 == 0 ? List.of(concept) : List.of(), 3, 4, i % 4);
            heads.add(published.head(question).orElseThrow());
        }
        List<UUID> students = new ArrayList<>();
        for (int i = 0; i < STUDENTS; i++) {
            students.add(UUID.randomUUID());
        }
        Random random = new Random(11);
        Instant start = Instant.parse("2026-09-01T08:00:00Z");
        for (int i = 0; i < WARM_UP; i++) {
            updates.record(session(students.get(i % STUDENTS), heads, random, start.plusSeconds(3_600L * i)));
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            PracticeSessionFinished session = session(students.get(i % STUDENTS), heads, random,
                    start.plusSeconds(3_600L * (WARM_UP + i)));
            long began = System.nanoTime();
            int appended = updates.record(session);
            nanos[i] = System.nanoTime() - began;
            assertThat(appended).isEqualTo(QUESTIONS);
        }
        Arrays.sort(nanos);
        System.out.printf("learner models follow-up of a %d-question session over %d sessions: median %.2f ms,"
                + " p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", QUESTIONS, MEASURED, ms(nanos[MEASURED / 2]),
                ms(nanos[(int) (MEASURED * 0.95)]), ms(nanos[(int) (MEASURED * 0.99)]), ms(nanos[MEASURED - 1]));
        assertThat(jdbc.sql("SELECT count(*) FROM learning.attempt").query(Long.class).single())
                .isEqualTo((long) (WARM_UP + MEASURED) * QUESTIONS);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static PracticeSessionFinished session(UUID student, List<PublishedQuestions.Head> heads, Random random,
            Instant start) {
        List<QuestionOutcome> outcomes = new ArrayList<>();
        int right = 0;
        for (int i = 0; i < heads.size(); i++) {
            PublishedQuestions.Head head = heads.get(i);
            boolean correct = random.nextDouble() < 0.6;
            right += correct ? 1 : 0;
            int chosen = correct ? i % 4 : (i + 1) % 4;
            Instant at = start.plusSeconds(45L * (i + 1));
            outcomes.add(new QuestionOutcome(head.questionId(), head.versionId(), head.themeId(), chosen, i % 4,
                    correct, 45_000, List.of(new AnswerChange(UUID.randomUUID(), chosen, correct, at))));
        }
        return new PracticeSessionFinished(UUID.randomUUID(), student, "EXAM", "SUBMITTED",
                start.plusSeconds(45L * (heads.size() + 1)), right, heads.size(), outcomes);
    }
}
