package io.revisio.content.transfer;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists inside one CSV cell: items separated by {@code |}, references by {@code ;}, and a backslash
 * taking the next character literally, so any text survives an export and re-import.
 */
final class CellLists {

    static final char ITEM = '|';
    static final char ENTRY = ';';
    private static final char ESCAPE = '\\';

    private CellLists() {
    }

    /** The cell's items, unescaped and stripped of surrounding spaces; an empty cell is an empty list. */
    static List<String> items(String cell) {
        return split(cell, ITEM, true).stream().map(String::strip).toList();
    }

    /** The cell's entries, still escaped, for {@link #items} to split further. */
    static List<String> entries(String cell) {
        return split(cell, ENTRY, false);
    }

    static String join(List<String> values, char separator) {
        StringBuilder out = new StringBuilder();
        for (String value : values) {
            if (!out.isEmpty()) {
                out.append(separator);
            }
            out.append(escape(value));
        }
        return out.toString();
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : (value == null ? "" : value).toCharArray()) {
            if (c == ESCAPE || c == ITEM || c == ENTRY) {
                out.append(ESCAPE);
            }
            out.append(c);
        }
        return out.toString();
    }

    private static List<String> split(String cell, char separator, boolean unescape) {
        List<String> parts = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return parts;
        }
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == ESCAPE && i + 1 < cell.length()) {
                if (!unescape) {
                    part.append(c);
                }
                part.append(cell.charAt(++i));
            } else if (c == separator) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }
}
