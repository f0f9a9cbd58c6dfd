package io.revisio.shared.web;

import java.util.stream.Collectors;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** The invalid fields of a page's query as one sentence each, for the notice above the form. */
public final class InvalidFields {

    private InvalidFields() {
    }

    public static String message(BindingResult result) {
        return result.getFieldErrors().stream().map(InvalidFields::sentence).distinct()
                .collect(Collectors.joining(" "));
    }

    private static String sentence(FieldError error) {
        // A failed conversion's own message names Java types and echoes the input.
        String problem = error.isBindingFailure() ? "is not in the expected format" : error.getDefaultMessage();
        String field = error.getField();
        return Character.toUpperCase(field.charAt(0)) + field.substring(1) + " " + problem + ".";
    }
}
