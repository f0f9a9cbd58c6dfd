package io.revisio.content.question;

import io.revisio.shared.problem.ProblemException;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Checks where a version is filed: a THEME node, and CONCEPT nodes directly under that theme. */
@Component
class SyllabusFiling {

    private final JdbcClient jdbc;

    SyllabusFiling(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void check(QuestionContent content) {
        if (content.themeId() != null && !isNode(content.themeId(), "THEME", null)) {
            throw ProblemException.invalidField("themeId", "notATheme", "must be a syllabus node of level THEME");
        }
        if (!content.conceptIds().isEmpty() && content.themeId() == null) {
            throw ProblemException.invalidField("conceptIds", "themeRequired", "concepts need a primary theme");
        }
        if (content.conceptIds().stream().distinct().count() != content.conceptIds().size()) {
            throw ProblemException.invalidField("conceptIds", "duplicate", "must name each concept once");
        }
        for (UUID concept : content.conceptIds()) {
            if (!isNode(concept, "CONCEPT", content.themeId())) {
                throw ProblemException.invalidField("conceptIds", "notAConceptOfTheTheme",
                        "must be syllabus nodes of level CONCEPT under the primary theme");
            }
        }
    }

    /**
     * Whether the node exists at that level. The row stays share-locked until the version is saved, so a
     * syllabus delete running at the same time either waits and then sees the question, or wins and this
     * check finds no node: never a half-filed version.
     */
    private boolean isNode(UUID id, String level, UUID parent) {
        return !jdbc.sql("SELECT id FROM content.syllabus_node WHERE id = :id AND level = :level"
                        + (parent == null ? "" : " AND parent_id = :parent") + " FOR SHARE")
                .param("id", id).param("level", level).param("parent", parent).query(UUID.class).list().isEmpty();
    }
}
