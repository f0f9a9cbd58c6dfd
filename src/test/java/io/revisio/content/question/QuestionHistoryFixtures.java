package io.revisio.content.question;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.testing.Api;
import java.util.UUID;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A syllabus theme of its own and a question edited twice (with a review in between) through the admin API. */
final class QuestionHistoryFixtures {

    static final String QUESTIONS = "/api/v1/admin/questions";

    private final MockMvc mvc;
    private final Api api;
    private final String editor;
    private final String reviewer;

    QuestionHistoryFixtures(MockMvc mvc, String editor, String reviewer) {
        this.mvc = mvc;
        this.api = new Api(mvc);
        this.editor = editor;
        this.reviewer = reviewer;
    }

    UUID theme() {
        String prefix = "H" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + "-";
        UUID year = node(null, "year", prefix + "Y");
        UUID block = node(year, "block", prefix + "B");
        return node(block, "theme", prefix + "T");
    }

    /**
     * Version 1: a draft with two options. Version 2: complete, sent back by a reviewer with a comment.
     * Version 3: the correct answer moved to a new third option, and a new difficulty.
     */
    String questionWithThreeVersions(UUID theme) {
        Api.Response created = api.post(QUESTIONS, """
                {"stem": "Which valve?", "options": [{"text": "Aortic", "correct": true},
                 {"text": "Mitral", "correct": false}], "tags": ["cardio"], "difficulty": 2}
                """, editor);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json("$.id");
        put(id, "\"1\"", content(theme, false, 3));
        assertThat(api.send(HttpMethod.POST, QUESTIONS + "/" + id + "/submit", null, editor, "127.0.0.1").status())
                .isEqualTo(200);
        assertThat(api.send(HttpMethod.POST, QUESTIONS + "/" + id + "/request-changes",
                "{\"comment\":\"Name the valve better.\"}", reviewer, "127.0.0.1").status()).isEqualTo(200);
        put(id, "\"2\"", content(theme, true, 4));
        return id;
    }

    private static String content(UUID theme, boolean third, int difficulty) {
        String options = third
                ? "[{\"text\": \"Aortic\", \"correct\": false}, {\"text\": \"Mitral\", \"correct\": false},"
                        + " {\"text\": \"Tricuspid\", \"correct\": true}]"
                : "[{\"text\": \"Aortic valve\", \"correct\": true}, {\"text\": \"Mitral\", \"correct\": false}]";
        return """
                {"stem": "Which valve is narrowed?", "options": %s,
                 "explanation": "The murmur is systolic.", "references": [{"source": "Guyton", "page": "12"}],
                 "tags": ["cardio"], "themeId": "%s", "difficulty": %d}
                """.formatted(options, theme, difficulty);
    }

    private void put(String id, String ifMatch, String json) {
        try {
            MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.put(QUESTIONS + "/" + id)
                    .contentType(MediaType.APPLICATION_JSON).content(json).header("If-Match", ifMatch)
                    .header("Authorization", "Bearer " + editor)).andReturn().getResponse();
            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private UUID node(UUID parent, String level, String code) {
        String body = "{\"parentId\":" + (parent == null ? "null" : "\"" + parent + "\"") + ",\"level\":\""
                + level + "\",\"code\":\"" + code + "\",\"name\":\"" + code + " name\"}";
        Api.Response created = api.post("/api/v1/admin/syllabus/nodes", body, editor);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json("$.id"));
    }
}
