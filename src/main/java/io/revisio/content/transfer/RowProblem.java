package io.revisio.content.transfer;

/**
 * One thing wrong with one row of an import file.
 *
 * @param row   the question's position in the file, from 1 (in CSV, the first line after the header)
 * @param field the file's field name, e.g. {@code options[2].text} or {@code theme}
 * @param code  a stable code, listed in docs/content/import.md
 */
public record RowProblem(int row, String field, String code, String message) {
}
