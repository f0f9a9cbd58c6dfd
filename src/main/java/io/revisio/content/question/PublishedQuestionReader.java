package io.revisio.content.question;

import io.revisio.content.PublishedQuestions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Published questions and pinned versions for other modules, in a few set-based queries. */
@Component
class PublishedQuestionReader implements PublishedQuestions {

    private static final String HEADS = """
            SELECT q.id AS question_id, v.id AS version_id, v.theme_id, v.difficulty,
                   jsonb_array_length(v.options) AS option_count,
                   coalesce((SELECT array_agg(c.concept_id ORDER BY c.position)
                             FROM content.question_version_concept c WHERE c.version_id = v.id), '{}') AS concepts
            FROM content.question q
            JOIN content.question_version v ON v.id = q.published_version_id AND v.state = 'PUBLISHED'
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PublishedQuestionReader(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Head> head(UUID questionId) {
        return jdbc.sql(HEADS + " WHERE q.id = :id").param("id", questionId).query(PublishedQuestionReader::head)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Head> allPublished() {
        return jdbc.sql(HEADS + " ORDER BY q.id").query(PublishedQuestionReader::head).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Version> versions(Collection<UUID> versionIds) {
        Map<UUID, Version> found = new HashMap<>();
        if (versionIds.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        SELECT v.*, coalesce((SELECT array_agg(c.concept_id ORDER BY c.position)
                                              FROM content.question_version_concept c
                                              WHERE c.version_id = v.id), '{}') AS concepts
                        FROM content.question_version v WHERE v.id IN (:ids)
                        """)
                .param("ids", versionIds)
                .query((row, n) -> found.put(row.getObject("id", UUID.class), version(row))).list();
        return found;
    }

    private Version version(ResultSet row) throws SQLException {
        List<QuestionContent.Option> options = json.readValue(row.getString("options"),
                new TypeReference<List<QuestionContent.Option>>() { });
        List<QuestionContent.SourceReference> references = json.readValue(row.getString("source_refs"),
                new TypeReference<List<QuestionContent.SourceReference>>() { });
        int correct = -1;
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).correct()) {
                correct = i;
            }
        }
        return new Version(row.getObject("id", UUID.class), row.getObject("question_id", UUID.class),
                row.getInt("number"), row.getString("stem"),
                options.stream().map(QuestionContent.Option::text).toList(),
                correct, row.getString("explanation"),
                references.stream().map(r -> new Reference(r.source(), r.page(), r.url())).toList(),
                row.getObject("theme_id", UUID.class), concepts(row), row.getObject("difficulty", Integer.class));
    }

    private static Head head(ResultSet row, int n) throws SQLException {
        return new Head(row.getObject("question_id", UUID.class), row.getObject("version_id", UUID.class),
                row.getObject("theme_id", UUID.class), concepts(row), row.getObject("difficulty", Integer.class),
                row.getInt("option_count"));
    }

    private static List<UUID> concepts(ResultSet row) throws SQLException {
        Object[] ids = (Object[]) row.getArray("concepts").getArray();
        return java.util.Arrays.stream(ids).map(UUID.class::cast).toList();
    }
}
