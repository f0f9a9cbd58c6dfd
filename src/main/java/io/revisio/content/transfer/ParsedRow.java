package io.revisio.content.transfer;

import java.util.List;

/** A row as read from the file: the question, or null when the row could not be read, and what was wrong. */
record ParsedRow(int row, PortableQuestion question, List<RowProblem> problems) {

    static ParsedRow of(int row, PortableQuestion question) {
        return new ParsedRow(row, question, List.of());
    }
}
