package io.revisio.learning.revision;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import io.revisio.identity.Role;
import io.revisio.learning.fsrs.FsrsWeights;
import io.revisio.practice.PracticeSessionFinished;
import io.revisio.practice.PracticeSessionFinished.AnswerChange;
import io.revisio.practice.PracticeSessionFinished.QuestionOutcome;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The per-student weight fit job end to end: students with too few reviews are left alone, a fit that predicts
 * the newest reviews better is kept and schedules the next review, one that predicts them worse is stored as
 * rejected, and a rebuild from the reviews gives the same cards after an accepted fit.
 */
@IntegrationTest
class RevisionFitJobTest {

    static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
    static final int[] DAYS = {0, 1, 3, 7, 14, 28, 56};
    static final int CARDS = 60; // 420 reviews, over the default minimum of 400

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignedInUsers users;

    @Autowired
    RevisionCards cards;

    @Autowired
    WeightFits fits;

    @Autowired
    StudentWeights weights;

    @Test
    void studentsWithEnoughReviewsAreFittedAndOnlyBetterWeightsAreKept() throws Exception {
        String steadyToken = users.as(Role.STUDENT).accessToken();
        UUID steady = UUID.fromString(SignedJWT.parse(steadyToken).getJWTClaimsSet().getSubject());
        UUID changed = UUID.randomUUID();
        UUID few = UUID.randomUUID();
        List<UUID> steadyCards = history(steady, CARDS, at -> false);
        // Recalled everything until the newest fifth of the reviews, forgot everything since.
        Instant change = newestFifth();
        history(changed, CARDS, at -> !at.isBefore(change));
        history(few, 10, at -> false);

        assertThat(fits.fit(few)).as("not enough reviews").isEmpty();
        assertThat(fits.fitDue()).as("the steady and the changed student").isEqualTo(2);
        assertThat(fitsOf(few)).isZero();

        Map<String, Object> kept = fitRow(steady);
        assertThat(kept.get("accepted")).isEqualTo(true);
        assertThat((Double) kept.get("log_loss_after")).isLessThan((Double) kept.get("log_loss_before"));
        assertThat(kept.get("reviews_total")).isEqualTo(CARDS * DAYS.length);
        assertThat(kept.get("held_out")).isEqualTo(CARDS * DAYS.length / 5);
        assertThat((Integer) kept.get("reviews_used") + (Integer) kept.get("held_out")).isEqualTo(CARDS * DAYS.length);
        Map<String, Object> rejected = fitRow(changed);
        assertThat(rejected.get("accepted")).isEqualTo(false);
        assertThat((Double) rejected.get("log_loss_after")).isGreaterThan((Double) rejected.get("log_loss_before"));

        StudentWeights.Current steadyWeights = weights.current(steady);
        assertThat(steadyWeights.fitId()).isEqualTo(kept.get("id"));
        assertThat(steadyWeights.weights()).isNotEqualTo(FsrsWeights.DEFAULT);
        assertThat(weights.current(changed)).as("the current weights stay").isEqualTo(StudentWeights.Current.DEFAULT);

        // The next review is scheduled with the student's weights: a first Good review's stability is w2.
        Instant now = Instant.now();
        UUID question = UUID.randomUUID();
        cards.record(finished(steady, question, now, true));
        cards.record(finished(changed, question, now, true));
        assertThat(stability(steady, question)).isEqualTo(steadyWeights.weights().get(2))
                .isNotEqualTo(FsrsWeights.DEFAULT.get(2));
        assertThat(fitOfReview(steady, question)).isEqualTo(kept.get("id"));
        assertThat(stability(changed, question)).isEqualTo(FsrsWeights.DEFAULT.get(2));
        assertThat(fitOfReview(changed, question)).isNull();
        cards.record(finished(steady, steadyCards.get(0), now, false)); // an old card, forgotten, on new weights

        assertThat(fits.fitDue()).as("too few new reviews since the last fits").isZero();

        // A rebuild recomputes every card with the weights each review was scheduled with.
        List<Map<String, Object>> before = cardsOf(steady);
        jdbc.sql("UPDATE learning.revision_card SET stability = 1, difficulty = 5, reps = 0").update();
        cards.rebuild();
        assertThat(cardsOf(steady)).isEqualTo(before);

        Api api = new Api(mvc);
        Api.Response mine = api.get("/api/v1/revision/fits", steadyToken);
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(mine.<List<Object>>json("$.fits")).hasSize(1);
        assertThat(mine.<Boolean>json("$.fits[0].accepted")).isTrue();
        assertThat(mine.<List<Double>>json("$.fits[0].weights")).hasSize(21);
        assertThat(mine.<Integer>json("$.fits[0].reviewsUsed")).isEqualTo(kept.get("reviews_used"));
        String admin = users.as(Role.ADMIN).accessToken();
        Api.Response one = api.get("/api/v1/admin/revision/fits?student=" + changed, admin);
        assertThat(one.<List<String>>json("$.fits[*].studentId")).containsExactly(changed.toString());
        assertThat(one.<Boolean>json("$.fits[0].accepted")).isFalse();
        assertThat(api.get("/api/v1/admin/revision/fits", admin).<List<Object>>json("$.fits")).hasSize(2);
        assertThat(api.get("/api/v1/admin/revision/fits?student=nobody", admin).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/admin/revision/fits?limit=0", admin).status()).isEqualTo(400);
    }

    /**
     * A student whose fit fails (their stored weights cannot be read) is logged and skipped without anything
     * stored, the other students are still fitted, and the next run tries again.
     */
    @Test
    void aFailedFitStoresNothingAndIsTriedAgainAtTheNextRun() {
        UUID broken = UUID.randomUUID();
        UUID fine = UUID.randomUUID();
        history(broken, CARDS, at -> false);
        history(fine, CARDS, at -> false);
        double[] outOfBounds = FsrsWeights.DEFAULT.toArray();
        outOfBounds[0] = 500; // w0 is at most 100
        UUID bad = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO learning.revision_fit (id, student_id, fitted_at, reviews_total, reviews_used, held_out,
                            held_out_predictions, log_loss_before, log_loss_after, accepted, weights)
                        VALUES (:id, :student, now() - interval '1 day', 0, 0, 1, 1, 0.5, 0.4, true, :weights)
                        """)
                .param("id", bad).param("student", broken)
                .param("weights", java.util.Arrays.stream(outOfBounds).boxed().toArray(Double[]::new)).update();

        fits.fitDue();
        assertThat(fitsOf(broken)).as("only the unreadable row").isEqualTo(1);
        assertThat(fitsOf(fine)).isEqualTo(1);

        jdbc.sql("UPDATE learning.revision_fit SET weights = :weights WHERE id = :id").param("id", bad)
                .param("weights", java.util.Arrays.stream(FsrsWeights.DEFAULT.toArray()).boxed().toArray(Double[]::new))
                .update();
        fits.fitDue();
        assertThat(fitsOf(broken)).as("fitted at the next run").isEqualTo(2);
        assertThat(fitsOf(fine)).isEqualTo(1);
    }

    /** Cards begun on different days, each reviewed on days 0, 1, 3, 7, 14, 28 and 56 after its start. */
    private List<UUID> history(UUID student, int count, Predicate<Instant> forgotten) {
        List<UUID> questions = new ArrayList<>();
        for (int card = 0; card < count; card++) {
            UUID question = UUID.randomUUID();
            questions.add(question);
            for (Instant at : times(card)) {
                cards.record(finished(student, question, at, !forgotten.test(at)));
            }
        }
        return questions;
    }

    private static List<Instant> times(int card) {
        Instant begun = START.plus(Duration.ofDays(card % 20)).plus(Duration.ofMinutes(card));
        List<Instant> times = new ArrayList<>();
        for (int day : DAYS) {
            times.add(begun.plus(Duration.ofDays(day)));
        }
        return times;
    }

    private static Instant newestFifth() {
        List<Instant> all = new ArrayList<>();
        for (int card = 0; card < CARDS; card++) {
            all.addAll(times(card));
        }
        all.sort(Comparator.naturalOrder());
        return all.get(all.size() - all.size() / 5);
    }

    /** Right in 40 s is Good, wrong is Again. */
    private static PracticeSessionFinished finished(UUID student, UUID question, Instant at, boolean correct) {
        return new PracticeSessionFinished(UUID.randomUUID(), student, "TUTOR", "SUBMITTED", at, correct ? 1 : 0, 1,
                List.of(new QuestionOutcome(question, UUID.randomUUID(), UUID.randomUUID(), correct ? 0 : 1, 0, correct,
                        40_000, List.of(new AnswerChange(UUID.randomUUID(), correct ? 0 : 1, correct, at)))));
    }

    private long fitsOf(UUID student) {
        return jdbc.sql("SELECT count(*) FROM learning.revision_fit WHERE student_id = :s").param("s", student)
                .query(Long.class).single();
    }

    private Map<String, Object> fitRow(UUID student) {
        return jdbc.sql("SELECT * FROM learning.revision_fit WHERE student_id = :s").param("s", student).query()
                .singleRow();
    }

    private double stability(UUID student, UUID question) {
        return jdbc.sql("SELECT stability FROM learning.revision_card WHERE student_id = :s AND question_id = :q")
                .param("s", student).param("q", question).query(Double.class).single();
    }

    private UUID fitOfReview(UUID student, UUID question) {
        return jdbc.sql("SELECT fit_id FROM learning.revision_review WHERE student_id = :s AND question_id = :q")
                .param("s", student).param("q", question).query().singleRow().get("fit_id") instanceof UUID id ? id : null;
    }

    private List<Map<String, Object>> cardsOf(UUID student) {
        return jdbc.sql("SELECT question_id, phase, step, stability, difficulty, due, last_review, reps, lapses "
                        + "FROM learning.revision_card WHERE student_id = :s ORDER BY question_id")
                .param("s", student).query().listOfRows();
    }
}
