package io.revisio.analytics.student;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.account.AccountRepository;
import io.revisio.identity.session.SessionTokens;
import io.revisio.practice.PracticeFixtures;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * How fast the analytics overview answers for a student with 20,000 answers (500 sessions of 40 over a
 * year, on 12 themes of 2 years) among a cohort of 300 students with 200 answers each, against the real
 * database: the whole GET through security and JSON (MockMvc, in process), and the overview's reads alone.
 * The percentile's and the syllabus' reads are timed as well, fewer times. The student's learning state is
 * seeded as learning keeps it: 20,000 revision reviews on 4,000 cards, and mastery on every theme. Not part
 * of the suite (the name does not end in Test, and it needs -Drevisio.benchmark=true); run it as
 * docs/benchmarks/analytics.md says. It asserts what it read, never a time.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "revisio.benchmark", matches = "true")
class StudentAnalyticsBenchmark {

    static final int SESSIONS = 500;
    static final int QUESTIONS = 40;
    static final int COHORT = 300;
    static final int WARM_UP = 100;
    static final int MEASURED = 1000;

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
    StudentRollups rollups;

    @Autowired
    StudentOverview overview;

    @Autowired
    StudentPercentiles percentiles;

    @Autowired
    StudentSyllabus syllabus;

    @Test
    void overviewOfAStudentWithTwentyThousandAnswers() {
        PracticeFixtures fixtures = new PracticeFixtures(mvc, jdbc, users, accounts, sessions);
        List<UUID> themes = new ArrayList<>();
        for (int y = 0; y < 2; y++) {
            UUID block = fixtures.node(fixtures.node(null, "year"), "block");
            for (int t = 0; t < 6; t++) {
                themes.add(fixtures.node(block, "theme"));
            }
        }
        String token = fixtures.student();
        UUID student = AnsweredSessions.studentOf(token);
        Random random = new Random(7);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int i = 0; i < SESSIONS; i++) {
            Instant at = today.minusDays(365L * i / SESSIONS).atTime(8, 0).toInstant(ZoneOffset.UTC);
            rollups.record(AnsweredSessions.made(student, themes.get(random.nextInt(themes.size())), QUESTIONS,
                    20 + random.nextInt(15), 30_000 + random.nextInt(30_000), at));
        }
        for (int s = 0; s < COHORT; s++) {
            UUID other = UUID.randomUUID();
            for (int i = 0; i < 5; i++) {
                Instant at = today.minusDays(random.nextInt(60)).atTime(9, 0).toInstant(ZoneOffset.UTC);
                rollups.record(AnsweredSessions.made(other, themes.get(random.nextInt(themes.size())), QUESTIONS,
                        10 + random.nextInt(30), 20_000 + random.nextInt(40_000), at));
            }
        }
        seedLearning(student, themes, today);

        Api api = new Api(mvc);
        Api.Response first = api.get("/api/v1/analytics/overview", token);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.<Integer>json("$.answers")).isEqualTo(SESSIONS * QUESTIONS);
        assertThat(first.<Integer>json("$.revision.done")).isPositive();
        assertThat(first.<List<Object>>json("$.weakestThemes")).isNotEmpty();

        long[] http = new long[MEASURED];
        long[] reads = new long[MEASURED];
        for (int i = 0; i < WARM_UP; i++) {
            api.get("/api/v1/analytics/overview", token);
            overview.of(student);
        }
        for (int i = 0; i < MEASURED; i++) {
            long began = System.nanoTime();
            Api.Response response = api.get("/api/v1/analytics/overview", token);
            http[i] = System.nanoTime() - began;
            assertThat(response.status()).isEqualTo(200);
            began = System.nanoTime();
            assertThat(overview.of(student).answers()).isEqualTo(SESSIONS * QUESTIONS);
            reads[i] = System.nanoTime() - began;
        }
        report("GET /api/v1/analytics/overview (in process)", http);
        report("overview reads alone", reads);

        long[] percentile = new long[MEASURED / 5];
        long[] tree = new long[MEASURED / 5];
        for (int i = 0; i < percentile.length; i++) {
            long began = System.nanoTime();
            assertThat(percentiles.of(student).years()).hasSize(2);
            percentile[i] = System.nanoTime() - began;
            began = System.nanoTime();
            assertThat(syllabus.of(student).years()).hasSize(2);
            tree[i] = System.nanoTime() - began;
        }
        report("percentile reads (2 years, cohort of 301)", percentile);
        report("syllabus reads", tree);
    }

    /** Revision reviews and cards as learning keeps them (5 reviews on each of 4,000 cards), and mastery. */
    private void seedLearning(UUID student, List<UUID> themes, LocalDate today) {
        Instant now = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        jdbc.sql("""
                INSERT INTO learning.revision_review (id, student_id, question_id, session_id, reviewed_at, rating, reason)
                SELECT gen_random_uuid(), :student, q.id, gen_random_uuid(),
                       CAST(:now AS timestamptz) - make_interval(days => (q.n * 7 + r) % 365, hours => r),
                       1 + (q.n + r) % 4, 'seeded'
                FROM (SELECT gen_random_uuid() AS id, n FROM generate_series(1, 4000) n) q, generate_series(0, 4) r
                """).param("student", student).param("now", java.sql.Timestamp.from(now)).update();
        jdbc.sql("""
                INSERT INTO learning.revision_card (student_id, question_id, phase, step, stability, difficulty, due,
                    last_review, reps, lapses)
                SELECT student_id, question_id, 'REVIEW', 0, 10, 5, max(reviewed_at) + interval '12 days',
                       max(reviewed_at), 5, 0
                FROM learning.revision_review WHERE student_id = :student GROUP BY student_id, question_id
                """).param("student", student).update();
        for (UUID theme : themes) {
            jdbc.sql("INSERT INTO learning.mastery (student_id, skill_kind, skill_id, known, attempts) "
                            + "VALUES (:student, 'THEME', :theme, :known, 400)")
                    .param("student", student).param("theme", theme).param("known", Math.abs(theme.hashCode() % 100) / 100.0)
                    .update();
        }
        jdbc.sql("ANALYZE").update();
    }

    private static void report(String what, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf("%s over %d calls: median %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", what,
                nanos.length, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6,
                nanos[(int) (nanos.length * 0.99)] / 1e6, nanos[nanos.length - 1] / 1e6);
    }
}
