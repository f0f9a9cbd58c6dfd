package io.revisio.content.question;

import io.revisio.content.media.MediaReferences;
import io.revisio.content.question.StoredVersion.ReviewComment;
import io.revisio.shared.paging.Page;
import io.revisio.shared.paging.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Questions and their versions in the {@code content} schema; versions are inserted, never rewritten. */
@Repository
public class QuestionRepository {

    private static final String HEADS = """
            SELECT q.id, w.id AS w_id, w.number AS w_number, w.state AS w_state, w.author_id AS w_author,
                   p.id AS p_id, p.number AS p_number, p.state AS p_state, p.author_id AS p_author
            FROM content.question q
            JOIN content.question_version w ON w.id = q.working_version_id
            LEFT JOIN content.question_version p ON p.id = q.published_version_id
            WHERE q.id = :id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final MediaReferences media;

    QuestionRepository(JdbcClient jdbc, JsonMapper json, MediaReferences media) {
        this.jdbc = jdbc;
        this.json = json;
        this.media = media;
    }

    Optional<Question> find(UUID id) {
        return jdbc.sql(HEADS).param("id", id).query(QuestionRepository::question).optional();
    }

    /** The question, locked until the transaction ends, so that its changes happen one after another. */
    Optional<Question> lock(UUID id) {
        return jdbc.sql(HEADS + " FOR UPDATE OF q").param("id", id).query(QuestionRepository::question).optional();
    }

    void insertQuestion(UUID id, UUID versionId, String externalId, UUID actor, Instant at) {
        jdbc.sql("""
                        INSERT INTO content.question (id, external_id, working_version_id, created_at, created_by)
                        VALUES (:id, :external, :version, :at, :actor)
                        """)
                .param("id", id).param("external", externalId).param("version", versionId)
                .param("at", java.sql.Timestamp.from(at)).param("actor", actor).update();
    }

    void insertVersion(UUID questionId, VersionHead version, Instant at, QuestionContent content) {
        jdbc.sql("""
                        INSERT INTO content.question_version (id, question_id, number, state, author_id, created_at,
                            stem, options, explanation, source_refs, tags, theme_id, difficulty, external_id)
                        VALUES (:id, :question, :number, :state, :author, :at, :stem, CAST(:options AS jsonb),
                            :explanation, CAST(:refs AS jsonb), CAST(:tags AS jsonb), :theme, :difficulty, :external)
                        """)
                .param("id", version.id()).param("question", questionId).param("number", version.number())
                .param("state", version.state().name()).param("author", version.authorId())
                .param("at", java.sql.Timestamp.from(at)).param("stem", content.stem())
                .param("options", json.writeValueAsString(content.options()))
                .param("explanation", content.explanation())
                .param("refs", json.writeValueAsString(content.references()))
                .param("tags", json.writeValueAsString(content.tags()))
                .param("theme", content.themeId()).param("difficulty", content.difficulty())
                .param("external", content.externalId()).update();
        int position = 0;
        for (UUID concept : content.conceptIds()) {
            jdbc.sql("INSERT INTO content.question_version_concept (version_id, concept_id, position) "
                            + "VALUES (:version, :concept, :position)")
                    .param("version", version.id()).param("concept", concept).param("position", position++).update();
        }
        media.recordFor(version.id(), content.markdownByField());
    }

    void setWorking(UUID questionId, UUID versionId, String externalId) {
        jdbc.sql("UPDATE content.question SET working_version_id = :version, external_id = :external WHERE id = :id")
                .param("id", questionId).param("version", versionId).param("external", externalId).update();
    }

    void setPublished(UUID questionId, UUID versionId) {
        jdbc.sql("UPDATE content.question SET published_version_id = :version WHERE id = :id")
                .param("id", questionId).param("version", versionId).update();
    }

    /**
     * Moves a version's state and notes when; the expected state guards against a change the lock should
     * already exclude.
     */
    void moveState(UUID versionId, QuestionState from, QuestionState to, Instant at) {
        int moved = jdbc.sql("""
                        UPDATE content.question_version SET state = :to, state_changed_at = :at
                        WHERE id = :id AND state = :from
                        """)
                .param("id", versionId).param("from", from.name()).param("to", to.name())
                .param("at", java.sql.Timestamp.from(at)).update();
        if (moved != 1) {
            throw new IllegalStateException("version " + versionId + " is no longer " + from);
        }
    }

    void addComment(UUID versionId, UUID author, String decision, String comment, Instant at) {
        jdbc.sql("""
                        INSERT INTO content.question_review_comment (id, version_id, author_id, decision, comment,
                            created_at)
                        VALUES (:id, :version, :author, :decision, :comment, :at)
                        """)
                .param("id", UUID.randomUUID()).param("version", versionId).param("author", author)
                .param("decision", decision).param("comment", comment).param("at", java.sql.Timestamp.from(at))
                .update();
    }

    public Optional<StoredVersion> version(UUID versionId) {
        return jdbc.sql("SELECT * FROM content.question_version WHERE id = :id").param("id", versionId)
                .query((row, n) -> new StoredVersion(row.getObject("id", UUID.class), row.getInt("number"),
                        QuestionState.valueOf(row.getString("state")), row.getObject("author_id", UUID.class),
                        row.getTimestamp("created_at").toInstant(), content(row), comments(versionId)))
                .optional();
    }

    /** The question's version with this number, if it has one. */
    Optional<StoredVersion> version(UUID questionId, int number) {
        return jdbc.sql("SELECT id FROM content.question_version WHERE question_id = :question AND number = :number")
                .param("question", questionId).param("number", number).query(UUID.class).optional()
                .flatMap(this::version);
    }

    Page<StoredVersion.Summary> versions(UUID questionId, PageRequest paging) {
        long total = jdbc.sql("SELECT count(*) FROM content.question_version WHERE question_id = :id")
                .param("id", questionId).query(Long.class).single();
        List<StoredVersion.Summary> items = jdbc.sql("""
                        SELECT id, number, state, author_id, created_at FROM content.question_version
                        WHERE question_id = :id ORDER BY number DESC LIMIT :size OFFSET :offset
                        """)
                .param("id", questionId).param("size", paging.size()).param("offset", paging.offset())
                .query((row, n) -> {
                    UUID id = row.getObject("id", UUID.class);
                    return new StoredVersion.Summary(id, row.getInt("number"),
                            QuestionState.valueOf(row.getString("state")), row.getObject("author_id", UUID.class),
                            row.getTimestamp("created_at").toInstant(), comments(id));
                }).list();
        return Page.of(items, paging, total);
    }

    /** Syllabus nodes as people know them, code then name, for the history page; unknown ids are left out. */
    java.util.Map<UUID, String> nodeNames(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        jdbc.sql("SELECT id, code, name FROM content.syllabus_node WHERE id IN (:ids)").param("ids", ids)
                .query((row, n) -> names.put(row.getObject("id", UUID.class),
                        row.getString("code") + " " + row.getString("name")))
                .list();
        return names;
    }

    boolean externalIdTaken(String externalId, UUID except) {
        return jdbc.sql("SELECT count(*) FROM content.question WHERE external_id = :external AND id <> :except")
                .param("external", externalId).param("except", except).query(Long.class).single() > 0;
    }

    /** How many questions have a version filed under the node, as its theme or one of its concepts. */
    long questionsFiledUnder(UUID nodeId) {
        return jdbc.sql("""
                        SELECT count(DISTINCT v.question_id) FROM content.question_version v
                        WHERE v.theme_id = :node OR EXISTS (SELECT 1 FROM content.question_version_concept c
                                                            WHERE c.version_id = v.id AND c.concept_id = :node)
                        """)
                .param("node", nodeId).query(Long.class).single();
    }

    private List<ReviewComment> comments(UUID versionId) {
        return jdbc.sql("SELECT author_id, decision, comment, created_at FROM content.question_review_comment "
                        + "WHERE version_id = :id ORDER BY created_at, id")
                .param("id", versionId)
                .query((row, n) -> new ReviewComment(row.getObject("author_id", UUID.class), row.getString("decision"),
                        row.getString("comment"), row.getTimestamp("created_at").toInstant()))
                .list();
    }

    private QuestionContent content(ResultSet row) throws SQLException {
        UUID versionId = row.getObject("id", UUID.class);
        List<UUID> concepts = jdbc.sql("SELECT concept_id FROM content.question_version_concept "
                        + "WHERE version_id = :id ORDER BY position")
                .param("id", versionId).query(UUID.class).list();
        return new QuestionContent(row.getString("stem"),
                json.readValue(row.getString("options"), new TypeReference<List<QuestionContent.Option>>() { }),
                row.getString("explanation"),
                json.readValue(row.getString("source_refs"),
                        new TypeReference<List<QuestionContent.SourceReference>>() { }),
                json.readValue(row.getString("tags"), new TypeReference<List<String>>() { }),
                row.getObject("theme_id", UUID.class), concepts,
                (Integer) row.getObject("difficulty", Integer.class), row.getString("external_id"));
    }

    private static Question question(ResultSet row, int n) throws SQLException {
        return new Question(row.getObject("id", UUID.class), head(row, "w_"), head(row, "p_"));
    }

    private static VersionHead head(ResultSet row, String prefix) throws SQLException {
        UUID id = row.getObject(prefix + "id", UUID.class);
        return id == null ? null : new VersionHead(id, row.getInt(prefix + "number"),
                QuestionState.valueOf(row.getString(prefix + "state")), row.getObject(prefix + "author", UUID.class));
    }
}
