package io.revisio.learning.progress;

import io.revisio.learning.difficulty.Ability;
import io.revisio.learning.difficulty.Difficulty;
import io.revisio.learning.mastery.BktFit;
import io.revisio.learning.mastery.BktParameters;
import io.revisio.learning.mastery.Mastery;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Mastery, Elo ratings and stored knowledge tracing parameters, in schema {@code learning}. */
@Repository
class LearnerStateStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    LearnerStateStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Stored parameters of the given skills; skills without a row are left out (they use the defaults). */
    Map<Skill, BktParameters> parameters(Collection<Skill> skills) {
        Map<Skill, BktParameters> found = new HashMap<>();
        if (skills.isEmpty()) {
            return found;
        }
        Set<UUID> ids = skills.stream().map(Skill::id).collect(Collectors.toSet());
        jdbc.sql("SELECT * FROM learning.skill_parameters WHERE skill_id IN (:ids)").param("ids", ids)
                .query(row -> {
                    found.put(new Skill(Skill.Kind.valueOf(row.getString("skill_kind")), row.getObject("skill_id",
                            UUID.class)), new BktParameters(row.getDouble("prior"), row.getDouble("learn"),
                            row.getDouble("guess"), row.getDouble("slip")));
                });
        return found;
    }

    Map<Skill, BktParameters> allParameters() {
        Map<Skill, BktParameters> found = new HashMap<>();
        jdbc.sql("SELECT * FROM learning.skill_parameters").query(row -> {
            found.put(new Skill(Skill.Kind.valueOf(row.getString("skill_kind")), row.getObject("skill_id", UUID.class)),
                    new BktParameters(row.getDouble("prior"), row.getDouble("learn"), row.getDouble("guess"),
                            row.getDouble("slip")));
        });
        return found;
    }

    /** The attempts each stored fit saw, by skill. */
    Map<Skill, Integer> fittedAttempts() {
        Map<Skill, Integer> found = new HashMap<>();
        jdbc.sql("SELECT skill_kind, skill_id, attempts FROM learning.skill_parameters").query(row -> {
            found.put(new Skill(Skill.Kind.valueOf(row.getString("skill_kind")), row.getObject("skill_id", UUID.class)),
                    row.getInt("attempts"));
        });
        return found;
    }

    void saveParameters(Skill skill, BktFit fit, Instant at) {
        BktParameters p = fit.parameters();
        jdbc.sql("""
                        INSERT INTO learning.skill_parameters (skill_kind, skill_id, prior, learn, guess, slip, defaults,
                            attempts, students, log_likelihood, fitted_at)
                        VALUES (:kind, :id, :prior, :learn, :guess, :slip, :defaults, :attempts, :students, :ll, :at)
                        ON CONFLICT (skill_kind, skill_id) DO UPDATE SET prior = excluded.prior, learn = excluded.learn,
                            guess = excluded.guess, slip = excluded.slip, defaults = excluded.defaults,
                            attempts = excluded.attempts, students = excluded.students,
                            log_likelihood = excluded.log_likelihood, fitted_at = excluded.fitted_at
                        """)
                .param("kind", skill.kind().name()).param("id", skill.id()).param("prior", p.prior())
                .param("learn", p.learn()).param("guess", p.guess()).param("slip", p.slip())
                .param("defaults", fit.defaults()).param("attempts", fit.attempts()).param("students", fit.sequences())
                .param("ll", fit.logLikelihood()).param("at", Timestamp.from(at)).update();
    }

    Map<LearnerModels.StudentSkill, Mastery> mastery(UUID student, Collection<Skill> skills) {
        Map<LearnerModels.StudentSkill, Mastery> found = new HashMap<>();
        Set<UUID> ids = skills.stream().map(Skill::id).collect(Collectors.toSet());
        jdbc.sql("SELECT * FROM learning.mastery WHERE student_id = :student AND skill_id IN (:ids)")
                .param("student", student).param("ids", ids).query(row -> {
                    found.put(new LearnerModels.StudentSkill(student, new Skill(Skill.Kind.valueOf(
                            row.getString("skill_kind")), row.getObject("skill_id", UUID.class))),
                            new Mastery(row.getDouble("known"), row.getInt("attempts")));
                });
        return found;
    }

    Map<LearnerModels.StudentTheme, Ability> abilities(UUID student, Collection<UUID> themes) {
        Map<LearnerModels.StudentTheme, Ability> found = new HashMap<>();
        jdbc.sql("SELECT * FROM learning.theme_ability WHERE student_id = :student AND theme_id IN (:themes)")
                .param("student", student).param("themes", themes).query(row -> {
                    found.put(new LearnerModels.StudentTheme(student, row.getObject("theme_id", UUID.class)),
                            new Ability(row.getDouble("ability"), row.getInt("answers")));
                });
        return found;
    }

    Map<UUID, Difficulty> difficulties(Collection<UUID> questions) {
        Map<UUID, Difficulty> found = new HashMap<>();
        jdbc.sql("SELECT * FROM learning.question_difficulty WHERE question_id IN (:questions)")
                .param("questions", questions).query(row -> {
                    found.put(row.getObject("question_id", UUID.class),
                            new Difficulty(row.getDouble("difficulty"), row.getInt("answers")));
                });
        return found;
    }

    void saveMastery(Map<LearnerModels.StudentSkill, Mastery> mastery) {
        List<Map.Entry<LearnerModels.StudentSkill, Mastery>> rows = new ArrayList<>(mastery.entrySet());
        template.batchUpdate("""
                INSERT INTO learning.mastery (student_id, skill_kind, skill_id, known, attempts) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (student_id, skill_kind, skill_id) DO UPDATE SET known = excluded.known,
                    attempts = excluded.attempts
                """, rows, rows.size(), (ps, row) -> {
                    ps.setObject(1, row.getKey().student());
                    ps.setString(2, row.getKey().skill().kind().name());
                    ps.setObject(3, row.getKey().skill().id());
                    ps.setDouble(4, row.getValue().known());
                    ps.setInt(5, row.getValue().attempts());
                });
    }

    void saveAbilities(Map<LearnerModels.StudentTheme, Ability> abilities) {
        List<Map.Entry<LearnerModels.StudentTheme, Ability>> rows = new ArrayList<>(abilities.entrySet());
        template.batchUpdate("""
                INSERT INTO learning.theme_ability (student_id, theme_id, ability, answers) VALUES (?, ?, ?, ?)
                ON CONFLICT (student_id, theme_id) DO UPDATE SET ability = excluded.ability, answers = excluded.answers
                """, rows, rows.size(), (ps, row) -> {
                    ps.setObject(1, row.getKey().student());
                    ps.setObject(2, row.getKey().theme());
                    ps.setDouble(3, row.getValue().value());
                    ps.setInt(4, row.getValue().answers());
                });
    }

    void saveDifficulties(Map<UUID, Difficulty> difficulties) {
        List<Map.Entry<UUID, Difficulty>> rows = new ArrayList<>(difficulties.entrySet());
        template.batchUpdate("""
                INSERT INTO learning.question_difficulty (question_id, difficulty, answers) VALUES (?, ?, ?)
                ON CONFLICT (question_id) DO UPDATE SET difficulty = excluded.difficulty, answers = excluded.answers
                """, rows, rows.size(), (ps, row) -> {
                    ps.setObject(1, row.getKey());
                    ps.setDouble(2, row.getValue().value());
                    ps.setInt(3, row.getValue().answers());
                });
    }

    void deleteMastery() {
        jdbc.sql("DELETE FROM learning.mastery").update();
    }

    void deleteMastery(Skill skill) {
        jdbc.sql("DELETE FROM learning.mastery WHERE skill_kind = :kind AND skill_id = :id")
                .param("kind", skill.kind().name()).param("id", skill.id()).update();
    }

    void deleteElo() {
        jdbc.sql("DELETE FROM learning.theme_ability").update();
        jdbc.sql("DELETE FROM learning.question_difficulty").update();
    }
}
