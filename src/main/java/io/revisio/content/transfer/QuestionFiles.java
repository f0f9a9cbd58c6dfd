package io.revisio.content.transfer;

import java.util.List;
import org.springframework.stereotype.Component;

/** Reads an import file of either format into rows, refusing a file that is unreadable as a whole. */
@Component
class QuestionFiles {

    private final JsonQuestions json;
    private final CsvQuestions csv;
    private final ImportProperties properties;

    QuestionFiles(JsonQuestions json, CsvQuestions csv, ImportProperties properties) {
        this.json = json;
        this.csv = csv;
        this.properties = properties;
    }

    List<ParsedRow> read(TransferFormat format, byte[] file) {
        String text = TextDecoding.utf8(file);
        List<ParsedRow> rows = format == TransferFormat.JSON ? json.read(text) : csv.read(text);
        if (rows.size() > properties.maxRows()) {
            throw TransferProblems.tooManyRows(properties.maxRows());
        }
        return rows;
    }
}
