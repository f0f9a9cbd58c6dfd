package io.revisio.content.question;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.DemoAccountLookup;
import io.revisio.identity.Role;
import io.revisio.platform.seed.DemoSeeder;
import io.revisio.testing.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo data as {@code seed --demo} loads it: a whole syllabus, and a bank of questions in every state. */
@IntegrationTest
class DemoQuestionBankTest {

    private static long firstSeedMillis = -1;

    @Autowired
    DemoSeeder seeder;

    @Autowired
    DemoAccountLookup accounts;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void seed() {
        long start = System.nanoTime();
        long[] last = {start};
        StringBuilder parts = new StringBuilder();
        seeder.seed(line -> {
            long now = System.nanoTime();
            parts.append(line).append(' ').append((now - last[0]) / 1_000_000).append(" ms; ");
            last[0] = now;
        });
        if (firstSeedMillis < 0) {
            firstSeedMillis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("Seeding the demo data took " + firstSeedMillis + " ms: " + parts);
        }
    }

    @Test
    void theSyllabusHasTwoYearsSixBlocksAndTwentyThemesEachWithQuestions() {
        assertThat(count("SELECT count(*) FROM content.syllabus_node WHERE level = 'YEAR'")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM content.syllabus_node WHERE level = 'BLOCK'")).isEqualTo(6);
        assertThat(count("SELECT count(*) FROM content.syllabus_node WHERE level = 'THEME'")).isEqualTo(20);
        assertThat(jdbc.sql("""
                        SELECT n.code FROM content.syllabus_node n
                        WHERE n.level = 'THEME' AND NOT EXISTS (
                            SELECT 1 FROM content.question q
                            JOIN content.question_version v ON v.id = q.working_version_id
                            WHERE v.theme_id = n.id)
                        """).query(String.class).list()).as("themes without questions").isEmpty();
    }

    @Test
    void theBankHoldsAtLeastThreeHundredQuestionsAndAllOfTheFiles() {
        int inFiles = 0;
        for (DemoQuestionFile file : DemoQuestionFilesTest.files().all()) {
            inFiles += file.questions().size();
        }
        assertThat(count("SELECT count(*) FROM content.question WHERE external_id LIKE 'demo-%'"))
                .isEqualTo(inFiles).isGreaterThanOrEqualTo(300);
        assertThat(jdbc.sql("SELECT external_id FROM content.question ORDER BY external_id").query(String.class)
                .list()).contains("demo-Y1-FND-CELL-01", "demo-Y1-RES-PATH-15");
    }

    @Test
    void everyWorkflowStateIsPresentAndMostQuestionsArePublished() {
        Map<String, Long> working = jdbc.sql("""
                        SELECT v.state, count(*) AS n FROM content.question q
                        JOIN content.question_version v ON v.id = q.working_version_id GROUP BY v.state
                        """).query((row, n) -> Map.entry(row.getString("state"), row.getLong("n"))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(working.keySet()).as("working versions").containsExactlyInAnyOrder("DRAFT", "IN_REVIEW",
                "CHANGES_REQUESTED", "APPROVED", "PUBLISHED", "ARCHIVED");
        long total = working.values().stream().mapToLong(Long::longValue).sum();
        long published = count("SELECT count(*) FROM content.question q JOIN content.question_version p "
                + "ON p.id = q.published_version_id WHERE p.state = 'PUBLISHED'");
        assertThat((double) published / total).as("share that students see").isBetween(0.7, 0.8);
        assertThat(count("""
                SELECT count(*) FROM content.question q
                JOIN content.question_version w ON w.id = q.working_version_id
                JOIN content.question_version p ON p.id = q.published_version_id
                WHERE w.state = 'DRAFT' AND p.state = 'PUBLISHED' AND w.number = 2
                """)).as("published questions being edited in a newer draft").isPositive();
        assertThat(count("""
                SELECT count(*) FROM content.question q
                JOIN content.question_version w ON w.id = q.working_version_id
                WHERE w.state = 'CHANGES_REQUESTED' AND NOT EXISTS (SELECT 1 FROM content.question_review_comment c
                    WHERE c.version_id = w.id AND c.decision = 'request-changes')
                """)).as("changes requested without a reviewer's comment").isZero();
    }

    @Test
    void reviewsAreTheReviewersAndTheEditorWritesEveryQuestion() {
        UUID editor = accounts.demoAccount(Role.EDITOR).orElseThrow();
        UUID reviewer = accounts.demoAccount(Role.REVIEWER).orElseThrow();
        assertThat(jdbc.sql("SELECT DISTINCT created_by FROM content.question WHERE external_id LIKE 'demo-%'")
                .query(UUID.class).list()).containsExactly(editor);
        assertThat(jdbc.sql("""
                        SELECT DISTINCT actor_id FROM platform.audit_event
                        WHERE action IN ('question.approved', 'question.changes-requested')
                        """).query(UUID.class).list()).containsExactly(reviewer);
        assertThat(count("SELECT count(*) FROM platform.audit_event WHERE action = 'question.created'"))
                .isEqualTo(count("SELECT count(*) FROM content.question"));
    }

    @Test
    void everyQuestionIsCompleteWithOneCorrectOptionAndAnExplanation() {
        assertThat(jdbc.sql("""
                        SELECT v.external_id FROM content.question_version v
                        WHERE btrim(v.explanation) = '' OR btrim(v.stem) = '' OR v.theme_id IS NULL
                           OR jsonb_array_length(v.options) < 2
                           OR (SELECT count(*) FROM jsonb_array_elements(v.options) o
                               WHERE (o ->> 'correct')::boolean) <> 1
                        """).query(String.class).list()).isEmpty();
    }

    @Test
    void loadingTwiceChangesNothing() {
        List<Long> before = rowCounts();
        seeder.seed(line -> { });
        assertThat(rowCounts()).isEqualTo(before);
    }

    private List<Long> rowCounts() {
        return List.of("content.question", "content.question_version", "content.question_version_concept",
                "content.question_review_comment", "content.syllabus_node", "platform.audit_event").stream()
                .map(table -> count("SELECT count(*) FROM " + table)).toList();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
