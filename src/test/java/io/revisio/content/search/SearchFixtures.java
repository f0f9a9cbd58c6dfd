package io.revisio.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.testing.Api;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Questions for search tests, written through the API under a syllabus of their own (a year with two
 * themes), so that each test finds only its own questions however many others the database holds.
 */
final class SearchFixtures {

    static final String QUESTIONS = "/api/v1/admin/questions";
    static final String NODES = "/api/v1/admin/syllabus/nodes";

    private static final Random RANDOM = new Random();

    final UUID year;
    final UUID theme;
    final UUID concept;
    final UUID otherTheme;
    private final Api api;
    private final JdbcClient jdbc;
    private final String editor;

    SearchFixtures(Api api, JdbcClient jdbc, String editor) {
        this.api = api;
        this.jdbc = jdbc;
        this.editor = editor;
        String prefix = "S" + word(6).toUpperCase(Locale.ROOT) + "-";
        year = node(null, "year", prefix + "Y");
        UUID block = node(year, "block", prefix + "B");
        theme = node(block, "theme", prefix + "T");
        concept = node(theme, "concept", prefix + "C");
        otherTheme = node(block, "theme", prefix + "T2");
    }

    /** A made-up word nobody else's question contains. */
    static String word(int letters) {
        return RANDOM.ints(letters, 'a', 'z' + 1).mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining());
    }

    /** The spec of one question; unset parts get plain defaults. */
    record Spec(String stem, List<String> options, String explanation, List<String> tags, UUID theme,
            List<UUID> concepts, Integer difficulty) {

        Spec stem(String text) {
            return new Spec(text, options, explanation, tags, theme, concepts, difficulty);
        }

        Spec options(String... texts) {
            return new Spec(stem, List.of(texts), explanation, tags, theme, concepts, difficulty);
        }

        Spec explanation(String text) {
            return new Spec(stem, options, text, tags, theme, concepts, difficulty);
        }

        Spec tags(String... names) {
            return new Spec(stem, options, explanation, List.of(names), theme, concepts, difficulty);
        }

        Spec theme(UUID id, UUID... concepts) {
            return new Spec(stem, options, explanation, tags, id, List.of(concepts), difficulty);
        }

        Spec difficulty(Integer level) {
            return new Spec(stem, options, explanation, tags, theme, concepts, level);
        }
    }

    Spec question(String stem) {
        return new Spec(stem, List.of("Aortic", "Mitral"), "Because the murmur says so.", List.of("cardio"), theme,
                List.of(), 3);
    }

    UUID create(Spec spec) {
        return create(spec, editor);
    }

    UUID create(Spec spec, String token) {
        Api.Response created = api.post(QUESTIONS, json(spec), token);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json("$.id"));
    }

    void act(UUID id, String action, String token) {
        Api.Response response = api.send(HttpMethod.POST, QUESTIONS + "/" + id + "/" + action, null, token,
                "127.0.0.1");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    void updatedAt(UUID id, Instant at) {
        jdbc.sql("UPDATE content.question SET updated_at = :at WHERE id = :id").param("id", id)
                .param("at", java.sql.Timestamp.from(at)).update();
    }

    static String json(Spec spec) {
        String options = spec.options().stream().map(text -> "{\"text\":" + quote(text) + ",\"correct\":"
                + text.equals(spec.options().get(0)) + "}").collect(Collectors.joining(","));
        String tags = spec.tags().stream().map(SearchFixtures::quote).collect(Collectors.joining(","));
        String concepts = spec.concepts().stream().map(id -> quote(id.toString())).collect(Collectors.joining(","));
        return "{\"stem\":" + quote(spec.stem()) + ",\"options\":[" + options + "],\"explanation\":"
                + quote(spec.explanation()) + ",\"tags\":[" + tags + "],\"themeId\":"
                + (spec.theme() == null ? "null" : quote(spec.theme().toString())) + ",\"conceptIds\":[" + concepts
                + "],\"difficulty\":" + spec.difficulty() + "}";
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private UUID node(UUID parent, String level, String code) {
        String body = "{\"parentId\":" + (parent == null ? "null" : quote(parent.toString())) + ",\"level\":\""
                + level + "\",\"code\":\"" + code + "\",\"name\":\"" + code + "\"}";
        Api.Response created = api.post(NODES, body, editor);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json("$.id"));
    }
}
