package io.revisio.learning.revision;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Students' revision settings; a student who never chose has the defaults. */
@Repository
class RevisionSettingsStore {

    private final JdbcClient jdbc;

    RevisionSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    RevisionSettings of(UUID student) {
        return jdbc.sql("SELECT desired_retention, daily_limit FROM learning.revision_settings WHERE student_id = :id")
                .param("id", student)
                .query((row, n) -> new RevisionSettings(row.getDouble("desired_retention"), row.getInt("daily_limit")))
                .optional().orElse(RevisionSettings.DEFAULT);
    }

    void save(UUID student, RevisionSettings settings, Instant at) {
        jdbc.sql("""
                        INSERT INTO learning.revision_settings (student_id, desired_retention, daily_limit, updated_at)
                        VALUES (:id, :retention, :limit, :at)
                        ON CONFLICT (student_id) DO UPDATE SET desired_retention = excluded.desired_retention,
                            daily_limit = excluded.daily_limit, updated_at = excluded.updated_at
                        """)
                .param("id", student).param("retention", settings.desiredRetention())
                .param("limit", settings.dailyLimit()).param("at", Timestamp.from(at)).update();
    }
}
