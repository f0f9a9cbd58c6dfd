package io.revisio.practice.session;

import io.revisio.practice.PracticeSessionFinished;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * How many students chose each option of each version, for the review's shares: counted once per finished
 * session from {@link PracticeSessionFinished}, never recomputed per request. A session is noted as counted
 * in the same transaction, so a redelivered event (a restart before the publication was completed) adds
 * nothing.
 */
@Component
class OptionCounters {

    private final JdbcClient jdbc;
    private final Clock clock;

    OptionCounters(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PracticeSessionFinished event) {
        int first = jdbc.sql("INSERT INTO practice.counted_session (session_id, counted_at) VALUES (:id, :at) "
                        + "ON CONFLICT DO NOTHING")
                .param("id", event.sessionId()).param("at", Timestamp.from(clock.instant())).update();
        if (first == 0) {
            return;
        }
        // A session holds each question, so each version, once: one row per answered question, in version order.
        List<PracticeSessionFinished.QuestionOutcome> answered = event.questions().stream()
                .filter(question -> question.chosenOption() != null)
                .sorted(Comparator.comparing(PracticeSessionFinished.QuestionOutcome::versionId))
                .toList();
        if (answered.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO practice.option_choice (version_id, option_index, chosen)
                        SELECT c.version, c.option, 1
                        FROM unnest(CAST(:versions AS uuid[]), CAST(:options AS integer[])) AS c(version, option)
                        ON CONFLICT (version_id, option_index)
                            DO UPDATE SET chosen = practice.option_choice.chosen + 1
                        """)
                .param("versions", answered.stream().map(PracticeSessionFinished.QuestionOutcome::versionId)
                        .toArray(UUID[]::new))
                .param("options", answered.stream().map(PracticeSessionFinished.QuestionOutcome::chosenOption)
                        .toArray(Integer[]::new))
                .update();
    }

    /** Per version, how often each stored option index was chosen. */
    Map<UUID, Map<Integer, Long>> of(Collection<UUID> versionIds) {
        Map<UUID, Map<Integer, Long>> counts = new HashMap<>();
        if (versionIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("SELECT version_id, option_index, chosen FROM practice.option_choice WHERE version_id IN (:ids)")
                .param("ids", versionIds)
                .query((row, n) -> counts
                        .computeIfAbsent(row.getObject("version_id", UUID.class), id -> new HashMap<>())
                        .put(row.getInt("option_index"), row.getLong("chosen")))
                .list();
        return counts;
    }
}
