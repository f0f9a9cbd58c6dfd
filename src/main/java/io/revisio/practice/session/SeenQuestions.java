package io.revisio.practice.session;

import io.revisio.practice.PracticedQuestions;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers {@link PracticedQuestions} from the sessions' pinned questions. */
@Component
class SeenQuestions implements PracticedQuestions {

    private final JdbcClient jdbc;

    SeenQuestions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<SeenQuestion> lastSeen(UUID student, UUID questionId) {
        return jdbc.sql("""
                        SELECT q.question_id, q.version_id, q.theme_id, q.session_id
                        FROM practice.session_question q
                        JOIN practice.practice_session s ON s.id = q.session_id
                        WHERE s.student_id = :student AND q.question_id = :question
                        ORDER BY s.created_at DESC, s.id
                        LIMIT 1
                        """)
                .param("student", student).param("question", questionId)
                .query((row, n) -> new SeenQuestion(row.getObject("question_id", UUID.class),
                        row.getObject("version_id", UUID.class), row.getObject("theme_id", UUID.class),
                        row.getObject("session_id", UUID.class)))
                .optional();
    }
}
