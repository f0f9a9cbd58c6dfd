package io.revisio.content.transfer;

import io.revisio.content.question.QuestionContent.Option;
import io.revisio.content.question.QuestionContent.SourceReference;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * The CSV format: a header line, then one question per record. Options are the columns option_a to
 * option_h, {@code correct} names the right one by letter; lists are split as {@link CellLists} says.
 */
@Component
class CsvQuestions {

    static final String LETTERS = "ABCDEFGH";
    static final List<String> COLUMNS = List.of("external_id", "stem", "option_a", "option_b", "option_c",
            "option_d", "option_e", "option_f", "option_g", "option_h", "correct", "explanation", "references",
            "tags", "theme", "concepts", "difficulty");

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).get();
    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new))
            .get();

    List<ParsedRow> read(String text) {
        List<ParsedRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, READ)) {
            List<String> header = parser.getHeaderNames();
            List<String> unknown = header.stream().filter(name -> !COLUMNS.contains(name)).toList();
            if (!unknown.isEmpty()) {
                throw TransferProblems.unreadable("Unknown CSV columns: " + String.join(", ", unknown)
                        + ". The columns are: " + String.join(", ", COLUMNS) + ".");
            }
            if (!header.contains("stem")) {
                throw TransferProblems.unreadable("The CSV header must name a stem column.");
            }
            int row = 0;
            for (CSVRecord record : parser) {
                rows.add(row(++row, record, header.size()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw TransferProblems.unreadable("The file is not valid CSV: " + e.getMessage());
        }
        return rows;
    }

    void write(Stream<PortableQuestion> questions, OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, WRITE)) {
            questions.forEach(question -> {
                try {
                    csv.printRecord(cells(question));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ParsedRow row(int row, CSVRecord record, int columns) {
        List<RowProblem> problems = new ArrayList<>();
        if (record.size() > columns) {
            problems.add(new RowProblem(row, "", "tooManyCells", "has more cells than the header has columns"));
        }
        List<String> texts = new ArrayList<>();
        boolean gap = false;
        for (int i = 0; i < LETTERS.length(); i++) {
            String text = cell(record, "option_" + Character.toLowerCase(LETTERS.charAt(i)));
            if (text.isEmpty()) {
                gap = true;
            } else if (gap) {
                problems.add(new RowProblem(row, "option_" + Character.toLowerCase(LETTERS.charAt(i)), "gap",
                        "options must fill option_a, option_b, … without empty columns in between"));
                gap = false;
            }
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        Set<Integer> correct = correctLetters(row, cell(record, "correct"), texts.size(), problems);
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            options.add(new Option(texts.get(i), correct.contains(i)));
        }
        PortableQuestion question = new PortableQuestion(blankToNull(cell(record, "external_id")),
                cell(record, "stem"), options, cell(record, "explanation"),
                references(row, cell(record, "references"), problems), CellLists.items(cell(record, "tags")),
                blankToNull(cell(record, "theme").strip()), CellLists.items(cell(record, "concepts")),
                difficulty(row, cell(record, "difficulty"), problems));
        return new ParsedRow(row, question, problems);
    }

    private static Set<Integer> correctLetters(int row, String cell, int options, List<RowProblem> problems) {
        Set<Integer> correct = new java.util.TreeSet<>();
        for (String letter : CellLists.items(cell)) {
            int index = letter.length() == 1 ? LETTERS.indexOf(Character.toUpperCase(letter.charAt(0))) : -1;
            if (index < 0) {
                problems.add(new RowProblem(row, "correct", "notALetter", "must be an option letter, A to H"));
            } else if (index >= options) {
                problems.add(new RowProblem(row, "correct", "noSuchOption",
                        "names option " + letter + ", which the row does not have"));
            } else {
                correct.add(index);
            }
        }
        return correct;
    }

    private static List<SourceReference> references(int row, String cell, List<RowProblem> problems) {
        List<SourceReference> references = new ArrayList<>();
        List<String> entries = CellLists.entries(cell);
        for (int i = 0; i < entries.size(); i++) {
            List<String> parts = CellLists.items(entries.get(i));
            if (parts.size() > 3) {
                problems.add(new RowProblem(row, "references[" + i + "]", "tooManyParts",
                        "a reference is source|page|url"));
            }
            references.add(new SourceReference(parts.isEmpty() ? "" : parts.get(0),
                    parts.size() > 1 ? blankToNull(parts.get(1)) : null,
                    parts.size() > 2 ? blankToNull(parts.get(2)) : null));
        }
        return references;
    }

    private static Integer difficulty(int row, String cell, List<RowProblem> problems) {
        if (cell.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(cell.strip());
        } catch (NumberFormatException e) {
            problems.add(new RowProblem(row, "difficulty", "notANumber", "must be a whole number from 1 to 5"));
            return null;
        }
    }

    private static List<String> cells(PortableQuestion question) {
        List<String> cells = new ArrayList<>();
        cells.add(nullToEmpty(question.externalId()));
        cells.add(question.stem());
        List<String> correct = new ArrayList<>();
        for (int i = 0; i < LETTERS.length(); i++) {
            boolean present = i < question.options().size();
            cells.add(present ? question.options().get(i).text() : "");
            if (present && question.options().get(i).correct()) {
                correct.add(String.valueOf(LETTERS.charAt(i)));
            }
        }
        cells.add(String.join("|", correct));
        cells.add(question.explanation());
        cells.add(String.join(String.valueOf(CellLists.ENTRY), question.references().stream()
                .map(ref -> CellLists.join(trimmed(ref), CellLists.ITEM)).toList()));
        cells.add(CellLists.join(question.tags(), CellLists.ITEM));
        cells.add(nullToEmpty(question.theme()));
        cells.add(CellLists.join(question.concepts(), CellLists.ITEM));
        cells.add(question.difficulty() == null ? "" : question.difficulty().toString());
        return cells;
    }

    /** source|page|url, leaving out empty parts at the end. */
    private static List<String> trimmed(SourceReference ref) {
        List<String> parts = new ArrayList<>(List.of(ref.source(), nullToEmpty(ref.page()), nullToEmpty(ref.url())));
        while (parts.size() > 1 && parts.get(parts.size() - 1).isEmpty()) {
            parts.remove(parts.size() - 1);
        }
        return parts;
    }

    private static String cell(CSVRecord record, String column) {
        return record.isSet(column) ? record.get(column) : "";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
