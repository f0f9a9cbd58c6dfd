package io.revisio.content.question;

import io.revisio.shared.problem.ProblemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How a refused save or workflow step is shown on the editor page: its field errors and its status code. */
final class EditorRefusals {

    private EditorRefusals() {
    }

    /** The field errors a refusal names, keyed as the form's fields are. */
    static Map<String, String> fieldErrors(ProblemException refusal) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (refusal.properties().get("errors") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> error) {
                    errors.putIfAbsent(field(String.valueOf(error.get("field"))), String.valueOf(error.get("message")));
                }
            }
        }
        if ("question-external-id-taken".equals(refusal.type())) {
            errors.put("externalId", "another question already has this external id");
        }
        return errors;
    }

    /** {@code options[2].text} is shown beside the options, {@code tags[0]} beside the tags, and so on. */
    static String field(String path) {
        int end = path.length();
        for (char stop : new char[] {'[', '.'}) {
            int at = path.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return path.substring(0, end);
    }

    /** 401 and 403 on pages mean access control only; a refusal of the form itself is shown with its form. */
    static int status(ProblemException refusal) {
        int status = refusal.status().value();
        return status == 401 || status == 403 ? 200 : status;
    }
}
