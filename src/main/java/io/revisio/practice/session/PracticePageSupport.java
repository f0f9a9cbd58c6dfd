package io.revisio.practice.session;

import io.revisio.identity.Role;
import io.revisio.shared.problem.ProblemException;
import io.revisio.shared.web.Access;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the student's practice pages share: their paths, who may use them, reading form values the way the
 * API refuses them, and the session as it stands once the server has expired it if its deadline passed.
 */
@Component
class PracticePageSupport {

    static final String PRACTICE = "/practice";
    static final String NEW = PRACTICE + "/new";
    static final String SESSION = PRACTICE + "/sessions/{id}";

    /** The practice pages are for students, as the practice API is. */
    static final Access STUDENTS = Access.roles(Role.STUDENT.name());

    private final PracticeSessionEnding ending;
    private final PracticeSessionRepository sessions;

    PracticePageSupport(PracticeSessionEnding ending, PracticeSessionRepository sessions) {
        this.ending = ending;
        this.sessions = sessions;
    }

    /** The session after the server has expired it if its deadline passed; another student's is a 404. */
    PracticeSessionRepository.Header settled(UUID student, UUID id) {
        ending.settle(student, id);
        return sessions.header(id, student).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static String session(UUID id) {
        return PRACTICE + "/sessions/" + id;
    }

    static String results(UUID id) {
        return session(id) + "/results";
    }

    static UUID student(Jwt token) {
        return UUID.fromString(token.getSubject());
    }

    static Integer integer(String value, String field) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field, "typeMismatch", "must be a number");
        }
    }

    static List<Integer> integers(List<String> values, String field) {
        return values == null ? List.of() : values.stream().map(value -> integer(value, field)).toList();
    }

    static UUID uuid(String value) {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("answerId", "typeMismatch", "must be an id");
        }
    }

    static List<UUID> uuids(List<String> values) {
        try {
            return values == null ? List.of() : values.stream().map(value -> UUID.fromString(value.strip())).toList();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("nodes", "unknownNode", "must be syllabus nodes students can practise");
        }
    }

    /** The refusal as one sentence for the page: the first field error if there is one. */
    static String message(ProblemException refusal) {
        if (refusal.properties().get("errors") instanceof List<?> errors && !errors.isEmpty()
                && errors.get(0) instanceof Map<?, ?> error) {
            return "The " + error.get("field") + " " + error.get("message") + ".";
        }
        return refusal.getMessage();
    }
}
