package io.revisio.content.transfer;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON format: an array of questions, or an object whose {@code questions} member is one. A row that
 * cannot be read as a question (a wrong type, an unknown field) is reported; the other rows still count.
 */
@Component
class JsonQuestions {

    private final JsonMapper strict;
    private final JsonMapper writer;

    JsonQuestions(JsonMapper json) {
        this.strict = json.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
        this.writer = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    List<ParsedRow> read(String text) {
        JsonNode root;
        try {
            root = strict.readTree(text);
        } catch (JacksonException e) {
            throw TransferProblems.unreadable("The file is not valid JSON (line " + line(e) + ").");
        }
        JsonNode items = root != null && root.isObject() ? root.get("questions") : root;
        if (items == null || !items.isArray()) {
            throw TransferProblems.unreadable("Expected a JSON array of questions, or an object with a "
                    + "\"questions\" array.");
        }
        List<ParsedRow> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            int row = i + 1;
            JsonNode item = items.get(i);
            if (!item.isObject()) {
                rows.add(new ParsedRow(row, null, List.of(new RowProblem(row, "", "notAnObject",
                        "each question must be a JSON object"))));
                continue;
            }
            try {
                rows.add(ParsedRow.of(row, strict.treeToValue(item, PortableQuestion.class)));
            } catch (JacksonException e) {
                rows.add(new ParsedRow(row, null, List.of(problem(row, e))));
            }
        }
        return rows;
    }

    void write(Stream<PortableQuestion> questions, OutputStream out) {
        try (JsonGenerator json = writer.createGenerator(out)) {
            json.writeStartObject();
            json.writeName("questions");
            json.writeStartArray();
            questions.forEach(json::writePOJO);
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static RowProblem problem(int row, JacksonException e) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference step : e.getPath()) {
            if (step.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        boolean unknown = e instanceof tools.jackson.databind.exc.UnrecognizedPropertyException;
        return new RowProblem(row, field.toString(), unknown ? "unknownField" : "wrongType",
                unknown ? "is not a field of a question" : "has the wrong type of value");
    }

    private static String line(JacksonException e) {
        return e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getLineNr());
    }
}
