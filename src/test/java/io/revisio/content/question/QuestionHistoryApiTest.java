package io.revisio.content.question;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.identity.Role;
import io.revisio.testing.Api;
import io.revisio.testing.IntegrationTest;
import io.revisio.testing.SignedInUsers;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A question edited several times through the admin API: any version can be read in full, and any two
 * compared field by field, in either order; bad version numbers are named, unknown ones are 404.
 */
@IntegrationTest
class QuestionHistoryApiTest {

    static final String QUESTIONS = "/api/v1/admin/questions";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedInUsers users;

    Api api;
    String editor;
    String reviewer;
    UUID theme;
    QuestionHistoryFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        editor = users.as(Role.EDITOR).accessToken();
        reviewer = users.as(Role.REVIEWER).accessToken();
        fixtures = new QuestionHistoryFixtures(mvc, editor, reviewer);
        theme = fixtures.theme();
    }

    @Test
    void versionsAreReadInFullAndComparedFieldByField() {
        String id = fixtures.questionWithThreeVersions(theme);

        Api.Response first = api.get(QUESTIONS + "/" + id + "/versions/1", reviewer);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.<Integer>json("$.number")).isEqualTo(1);
        assertThat(first.<String>json("$.content.stem")).isEqualTo("Which valve?");
        assertThat(first.<String>json("$.authorId")).isNotBlank();
        assertThat(first.<String>json("$.createdAt")).isNotBlank();
        Api.Response second = api.get(QUESTIONS + "/" + id + "/versions/2", reviewer);
        assertThat(second.<String>json("$.state")).isEqualTo("CHANGES_REQUESTED");
        assertThat(second.<List<String>>json("$.comments[*].comment")).containsExactly("Name the valve better.");

        Api.Response diff = api.get(QUESTIONS + "/" + id + "/diff?from=1&to=3", reviewer);
        assertThat(diff.status()).as(diff.body()).isEqualTo(200);
        assertThat(diff.<Integer>json("$.from.number")).isEqualTo(1);
        assertThat(diff.<Integer>json("$.to.number")).isEqualTo(3);
        assertThat(diff.<List<String>>json("$.fields[?(@.changed == true)].field")).containsExactly("stem",
                "options[0]", "options[2]", "explanation", "references", "themeId", "difficulty");
        assertThat(diff.<Integer>json("$.changes")).isEqualTo(7);
        assertThat(diff.<List<String>>json("$.fields[?(@.field == 'tags')].status")).containsExactly("unchanged");
        assertThat(diff.<List<String>>json("$.fields[0].segments[*].op")).containsExactly("equal", "insert", "equal");
        assertThat(diff.<List<String>>json("$.fields[0].segments[*].text"))
                .containsExactly("Which valve", " is narrowed", "?");
        assertThat(diff.<String>json("$.fields[0].before")).isEqualTo("Which valve?");
        assertThat(diff.<String>json("$.fields[0].after")).isEqualTo("Which valve is narrowed?");
        assertThat(diff.<String>json("$.fields[3].status")).isEqualTo("added");
        assertThat(diff.<String>json("$.fields[3].after.text")).isEqualTo("Tricuspid");
        assertThat(diff.<List<Integer>>json("$.fields[?(@.field == 'difficulty')].after")).containsExactly(4);
        assertThat(diff.<Boolean>json("$.fields[1].before.correct")).isTrue();
        assertThat(diff.<List<String>>json("$.fields[1].parts")).containsExactly("correct");

        Api.Response between = api.get(QUESTIONS + "/" + id + "/diff?from=2&to=3", reviewer);
        assertThat(between.<List<String>>json("$.fields[?(@.changed == true)].field"))
                .containsExactly("options[0]", "options[2]", "difficulty");
        assertThat(between.<List<List<String>>>json("$.fields[?(@.field == 'options[0]')].parts"))
                .containsExactly(List.of("text", "correct"));
        assertThat(between.<List<String>>json("$.fields[1].segments[*].op")).containsExactly("equal", "delete");

        Api.Response backwards = api.get(QUESTIONS + "/" + id + "/diff?from=3&to=1", editor);
        assertThat(backwards.<String>json("$.fields[3].status")).isEqualTo("removed");
        assertThat(backwards.<List<String>>json("$.fields[0].segments[*].op"))
                .containsExactly("equal", "delete", "equal");

        Api.Response same = api.get(QUESTIONS + "/" + id + "/diff?from=2&to=2", reviewer);
        assertThat(same.<Integer>json("$.changes")).isZero();
        assertThat(same.<List<Boolean>>json("$.fields[*].changed")).containsOnly(false);
    }

    @Test
    void badVersionNumbersAreNamedAndUnknownOnesAreNotFound() {
        String id = fixtures.questionWithThreeVersions(theme);
        String diff = QUESTIONS + "/" + id + "/diff";
        assertField(api.get(diff + "?to=2", reviewer), "from", "required");
        assertField(api.get(diff + "?from=1", reviewer), "to", "required");
        assertField(api.get(diff + "?from=one&to=2", reviewer), "from", "invalid");
        assertField(api.get(diff + "?from=1&to=0", reviewer), "to", "invalid");
        assertField(api.get(diff + "?from=1&to=99999999999", reviewer), "to", "invalid");
        assertField(api.get(QUESTIONS + "/" + id + "/versions/x", reviewer), "number", "invalid");

        Api.Response unknownNumber = api.get(diff + "?from=1&to=4", reviewer);
        assertThat(unknownNumber.status()).isEqualTo(404);
        assertThat(unknownNumber.<String>json("$.type")).isEqualTo("urn:revisio:problem:not-found");
        assertThat(unknownNumber.<Integer>json("$.number")).isEqualTo(4);
        assertThat(api.get(QUESTIONS + "/" + id + "/versions/4", reviewer).status()).isEqualTo(404);
        assertThat(api.get(QUESTIONS + "/" + UUID.randomUUID() + "/versions/1", reviewer).status()).isEqualTo(404);
        assertThat(api.get(QUESTIONS + "/" + UUID.randomUUID() + "/diff?from=1&to=2", reviewer).status())
                .isEqualTo(404);
        assertThat(api.get(diff + "?from=1&to=2", users.as(Role.STUDENT).accessToken()).status()).isEqualTo(403);
    }

    private static void assertField(Api.Response response, String field, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.<String>json("$.type")).isEqualTo("urn:revisio:problem:validation-failed");
        assertThat(response.<List<String>>json("$.errors[*].field")).containsExactly(field);
        assertThat(response.<List<String>>json("$.errors[*].code")).containsExactly(code);
    }
}
