package io.revisio.content.transfer;

import io.revisio.content.question.QuestionRepository;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Content hashes of the questions' working versions, kept in a table so a duplicate is found by index.
 * Imports record the hash as they create a version; versions written by hand are hashed on catch-up.
 */
@Component
class VersionHashes {

    private final JdbcClient jdbc;
    private final QuestionRepository questions;

    VersionHashes(JdbcClient jdbc, QuestionRepository questions) {
        this.jdbc = jdbc;
        this.questions = questions;
    }

    /** Hashes every working version that has no hash yet (after the first run, only recent edits). */
    void catchUp(SyllabusCodes.Snapshot codes) {
        jdbc.sql("""
                        SELECT q.id, q.working_version_id FROM content.question q
                        LEFT JOIN content.question_version_hash h ON h.version_id = q.working_version_id
                        WHERE h.version_id IS NULL
                        """)
                .query((row, n) -> new UUID[] {row.getObject(1, UUID.class), row.getObject(2, UUID.class)})
                .list()
                .forEach(ids -> questions.version(ids[1]).ifPresent(version ->
                        record(ids[1], ids[0], ContentHash.of(PortableQuestion.of(version.content(), codes)))));
    }

    void record(UUID versionId, UUID questionId, String hash) {
        jdbc.sql("""
                        INSERT INTO content.question_version_hash (version_id, question_id, content_hash)
                        VALUES (:version, :question, :hash) ON CONFLICT (version_id) DO NOTHING
                        """)
                .param("version", versionId).param("question", questionId).param("hash", hash).update();
    }

    /** A question whose working version says exactly this. */
    Optional<UUID> questionWithContent(String hash) {
        return jdbc.sql("""
                        SELECT h.question_id FROM content.question_version_hash h
                        JOIN content.question q ON q.working_version_id = h.version_id
                        WHERE h.content_hash = :hash ORDER BY h.question_id LIMIT 1
                        """)
                .param("hash", hash).query(UUID.class).optional();
    }

    Optional<UUID> questionWithExternalId(String externalId) {
        return jdbc.sql("SELECT id FROM content.question WHERE external_id = :external")
                .param("external", externalId).query(UUID.class).optional();
    }

    /**
     * Serialises, until the transaction ends, every import row with this hash or external id, so two jobs
     * importing the same question at once create it once.
     */
    void lock(String hash, String externalId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", "question-hash:" + hash)
                .query((row, n) -> 1).list();
        if (externalId != null) {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                    .param("key", "question-external-id:" + externalId).query((row, n) -> 1).list();
        }
    }
}
