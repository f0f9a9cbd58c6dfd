package io.revisio.content.transfer;

import io.revisio.content.question.QuestionRepository;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the bank's working versions (what editors see now, drafts included) in an import format, oldest
 * question first, so that importing the file into an empty bank gives the same content.
 */
@Component
class Exports {

    private final JdbcClient jdbc;
    private final QuestionRepository questions;
    private final SyllabusCodes syllabus;
    private final JsonQuestions json;
    private final CsvQuestions csv;

    Exports(JdbcClient jdbc, QuestionRepository questions, SyllabusCodes syllabus, JsonQuestions json,
            CsvQuestions csv) {
        this.jdbc = jdbc;
        this.questions = questions;
        this.syllabus = syllabus;
        this.json = json;
        this.csv = csv;
    }

    /** @param state only questions whose working version is in this state, or null for all */
    @Transactional(readOnly = true)
    void write(TransferFormat format, String state, OutputStream out) {
        SyllabusCodes.Snapshot codes = syllabus.read();
        List<UUID> versions = jdbc.sql("""
                        SELECT q.working_version_id FROM content.question q
                        JOIN content.question_version v ON v.id = q.working_version_id
                        WHERE CAST(:state AS text) IS NULL OR v.state = :state
                        ORDER BY q.created_at, q.id
                        """)
                .param("state", state).query(UUID.class).list();
        Stream<PortableQuestion> rows = versions.stream().map(questions::version)
                .map(version -> version.orElse(null)).filter(Objects::nonNull)
                .map(version -> PortableQuestion.of(version.content(), codes));
        if (format == TransferFormat.JSON) {
            json.write(rows, out);
        } else {
            csv.write(rows, out);
        }
    }
}
