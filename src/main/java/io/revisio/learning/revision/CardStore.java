package io.revisio.learning.revision;

import io.revisio.learning.fsrs.Card;
import io.revisio.learning.fsrs.CardPhase;
import io.revisio.learning.fsrs.MemoryState;
import io.revisio.learning.fsrs.Rating;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Revision reviews (inserted, never changed) and the card state derived from them, in schema {@code learning}. */
@Repository
class CardStore {

    /**
     * One review as stored, with the desired retention and the weights (the fit, null for the defaults) it was
     * scheduled with.
     */
    record StoredReview(Instant at, Rating rating, double retention, UUID fitId) {
    }

    /** A session's answer to a question, graded, to become a review of the student's card. */
    record NewReview(UUID questionId, Instant at, Rating rating, String reason) {
    }

    /** A card with whose it is and whether it is suspended. */
    record StudentCard(UUID questionId, Card card, boolean suspended) {

        boolean leech() {
            return card.lapses() >= RevisionCards.LEECH_LAPSES;
        }
    }

    private final JdbcClient jdbc;

    CardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds a session's reviews (one per question) in one statement, all scheduled with the same retention and
     * weights. Returns the questions whose review is new: the others are already reviews (a redelivered event).
     */
    Set<UUID> addReviews(UUID student, UUID session, List<NewReview> reviews, double retention, UUID fitId) {
        return new HashSet<>(jdbc.sql("""
                        INSERT INTO learning.revision_review (id, student_id, question_id, session_id, reviewed_at,
                            rating, reason, desired_retention, fit_id)
                        SELECT r.id, :student, r.question, :session, r.at, r.rating, r.reason, :retention,
                            CAST(:fit AS uuid)
                        FROM unnest(CAST(:ids AS uuid[]), CAST(:questions AS uuid[]), CAST(:ats AS timestamptz[]),
                                    CAST(:ratings AS smallint[]), CAST(:reasons AS text[]))
                            AS r(id, question, at, rating, reason)
                        ON CONFLICT (session_id, question_id) DO NOTHING
                        RETURNING question_id
                        """)
                .param("student", student).param("session", session).param("retention", retention)
                .param("fit", fitId)
                .param("ids", reviews.stream().map(review -> UUID.randomUUID()).toArray(UUID[]::new))
                .param("questions", reviews.stream().map(NewReview::questionId).toArray(UUID[]::new))
                .param("ats", reviews.stream().map(review -> timestamp(review.at())).toArray(String[]::new))
                .param("ratings", reviews.stream().map(review -> review.rating().grade()).toArray(Integer[]::new))
                .param("reasons", reviews.stream().map(NewReview::reason).toArray(String[]::new))
                .query(UUID.class).list());
    }

    List<StoredReview> reviews(UUID student, UUID question) {
        return jdbc.sql("""
                        SELECT reviewed_at, rating, desired_retention, fit_id FROM learning.revision_review
                        WHERE student_id = :student AND question_id = :question ORDER BY reviewed_at, id
                        """)
                .param("student", student).param("question", question)
                .query((row, n) -> new StoredReview(row.getTimestamp("reviewed_at").toInstant(),
                        Rating.ofGrade(row.getInt("rating")), row.getDouble("desired_retention"),
                        row.getObject("fit_id", UUID.class)))
                .list();
    }

    /** Every (student, question) pair that has reviews, for a rebuild. */
    List<UUID[]> reviewedCards() {
        return jdbc.sql("SELECT DISTINCT student_id, question_id FROM learning.revision_review")
                .query((row, n) -> new UUID[] {row.getObject("student_id", UUID.class),
                    row.getObject("question_id", UUID.class)})
                .list();
    }

    long reviewCount() {
        return jdbc.sql("SELECT count(*) FROM learning.revision_review").query(Long.class).single();
    }

    /** The card, locked until the transaction ends, so that reviews of one card apply one after another. */
    Optional<StudentCard> lock(UUID student, UUID question) {
        return jdbc.sql("SELECT * FROM learning.revision_card WHERE student_id = :student AND question_id = :question "
                        + "FOR UPDATE")
                .param("student", student).param("question", question).query(CardStore::card).optional();
    }

    /**
     * The student's cards for these questions, locked until the transaction ends (in question order, so that
     * two transactions lock the cards they share in the same order), so that reviews of one card apply one
     * after another. A question without a card has no entry.
     */
    Map<UUID, Card> lock(UUID student, Collection<UUID> questions) {
        Map<UUID, Card> cards = new HashMap<>();
        jdbc.sql("""
                        SELECT * FROM learning.revision_card
                        WHERE student_id = :student AND question_id = ANY (CAST(:questions AS uuid[]))
                        ORDER BY question_id FOR UPDATE
                        """)
                .param("student", student).param("questions", questions.toArray(UUID[]::new))
                .query(CardStore::card).list().forEach(card -> cards.put(card.questionId(), card.card()));
        return cards;
    }

    /** Writes the scheduler's state of the student's cards in one statement; suspensions survive. */
    void save(UUID student, Map<UUID, Card> cards) {
        List<Map.Entry<UUID, Card>> rows = List.copyOf(cards.entrySet());
        jdbc.sql("""
                        INSERT INTO learning.revision_card (student_id, question_id, phase, step, stability, difficulty,
                            due, last_review, reps, lapses)
                        SELECT :student, c.question, c.phase, c.step, c.stability, c.difficulty, c.due, c.last, c.reps,
                            c.lapses
                        FROM unnest(CAST(:questions AS uuid[]), CAST(:phases AS text[]), CAST(:steps AS integer[]),
                                    CAST(:stabilities AS float8[]), CAST(:difficulties AS float8[]),
                                    CAST(:dues AS timestamptz[]), CAST(:lasts AS timestamptz[]),
                                    CAST(:reps AS integer[]), CAST(:lapses AS integer[]))
                            AS c(question, phase, step, stability, difficulty, due, last, reps, lapses)
                        ON CONFLICT (student_id, question_id) DO UPDATE SET phase = excluded.phase, step = excluded.step,
                            stability = excluded.stability, difficulty = excluded.difficulty, due = excluded.due,
                            last_review = excluded.last_review, reps = excluded.reps, lapses = excluded.lapses
                        """)
                .param("student", student)
                .param("questions", rows.stream().map(Map.Entry::getKey).toArray(UUID[]::new))
                .param("phases", rows.stream().map(row -> row.getValue().phase().name()).toArray(String[]::new))
                .param("steps", rows.stream().map(row -> row.getValue().step()).toArray(Integer[]::new))
                .param("stabilities", rows.stream().map(row -> row.getValue().memory().stability())
                        .toArray(Double[]::new))
                .param("difficulties", rows.stream().map(row -> row.getValue().memory().difficulty())
                        .toArray(Double[]::new))
                .param("dues", rows.stream().map(row -> timestamp(row.getValue().due())).toArray(String[]::new))
                .param("lasts", rows.stream().map(row -> timestamp(row.getValue().lastReview()))
                        .toArray(String[]::new))
                .param("reps", rows.stream().map(row -> row.getValue().reps()).toArray(Integer[]::new))
                .param("lapses", rows.stream().map(row -> row.getValue().lapses()).toArray(Integer[]::new))
                .update();
    }

    /** Cards not suspended and due before {@code before}. */
    List<StudentCard> dueBefore(UUID student, Instant before) {
        return jdbc.sql("SELECT * FROM learning.revision_card WHERE student_id = :student AND NOT suspended "
                        + "AND due < :before")
                .param("student", student).param("before", Timestamp.from(before)).query(CardStore::card).list();
    }

    /** The student's suspended cards, the soonest due first. */
    List<StudentCard> suspended(UUID student, int limit) {
        return jdbc.sql("SELECT * FROM learning.revision_card WHERE student_id = :student AND suspended "
                        + "ORDER BY due, question_id LIMIT :limit")
                .param("student", student).param("limit", limit).query(CardStore::card).list();
    }

    long countDueBefore(UUID student, Instant before) {
        return jdbc.sql("SELECT count(*) FROM learning.revision_card WHERE student_id = :student AND NOT suspended "
                        + "AND due < :before")
                .param("student", student).param("before", Timestamp.from(before)).query(Long.class).single();
    }

    /** Due times of the student's active cards from now until {@code until}; overdue ones count as now. */
    List<Instant> dueTimes(UUID student, Instant until) {
        return jdbc.sql("SELECT due FROM learning.revision_card WHERE student_id = :student AND NOT suspended "
                        + "AND due < :until")
                .param("student", student).param("until", Timestamp.from(until))
                .query((row, n) -> row.getTimestamp("due").toInstant()).list();
    }

    boolean setSuspended(UUID student, UUID question, boolean suspended) {
        return jdbc.sql("UPDATE learning.revision_card SET suspended = :suspended "
                        + "WHERE student_id = :student AND question_id = :question")
                .param("student", student).param("question", question).param("suspended", suspended).update() == 1;
    }

    boolean setDue(UUID student, UUID question, Instant due) {
        return jdbc.sql("UPDATE learning.revision_card SET due = :due WHERE student_id = :student AND question_id = :question")
                .param("student", student).param("question", question).param("due", Timestamp.from(due)).update() == 1;
    }

    Optional<StudentCard> find(UUID student, UUID question) {
        return jdbc.sql("SELECT * FROM learning.revision_card WHERE student_id = :student AND question_id = :question")
                .param("student", student).param("question", question).query(CardStore::card).optional();
    }

    void deleteCardsWithoutReviews() {
        jdbc.sql("""
                DELETE FROM learning.revision_card c WHERE NOT EXISTS (SELECT 1 FROM learning.revision_review r
                    WHERE r.student_id = c.student_id AND r.question_id = c.question_id)
                """).update();
    }

    void lockAllCards() {
        jdbc.sql("LOCK TABLE learning.revision_card IN SHARE ROW EXCLUSIVE MODE").update();
    }

    /**
     * An instant as an array element: rounded half up to the microsecond, as the driver rounds a single
     * timestamp parameter, so that a value stored from an array is the one a single parameter would store.
     */
    static String timestamp(Instant at) {
        return at.plusNanos(500).truncatedTo(ChronoUnit.MICROS).toString();
    }

    private static StudentCard card(ResultSet row, int n) throws SQLException {
        Card card = new Card(CardPhase.valueOf(row.getString("phase")), row.getInt("step"),
                new MemoryState(row.getDouble("stability"), row.getDouble("difficulty")),
                row.getTimestamp("due").toInstant(), row.getTimestamp("last_review").toInstant(), row.getInt("reps"),
                row.getInt("lapses"));
        return new StudentCard(row.getObject("question_id", UUID.class), card, row.getBoolean("suspended"));
    }
}
