package io.revisio.shared.web;

import io.revisio.shared.paging.Page;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The paging links under a list on a page: where this page sits in the list and the addresses of the
 * pages before and after it, keeping the list's filters.
 *
 * @param summary e.g. "21–40 of 57"
 * @param previous the previous page's address, or null on the first page
 * @param next the next page's address, or null on the last page
 */
public record Pager(String summary, String previous, String next) {

    /**
     * @param path the list's path
     * @param filters the query the list was asked with (blank values are left out; any page number is replaced)
     */
    public static Pager of(Page<?> page, String path, Map<String, String> filters) {
        long offset = (long) page.page() * page.size();
        String summary = page.items().isEmpty() ? page.total() + " in all"
                : (offset + 1) + "–" + (offset + page.items().size()) + " of " + page.total();
        String previous = page.page() > 0 ? link(path, filters, page.page() - 1) : null;
        String next = offset + page.size() < page.total() ? link(path, filters, page.page() + 1) : null;
        return new Pager(summary, previous, next);
    }

    /** Form-encoded like a GET form's query, so that '+' and '&' in a filter survive the round trip. */
    private static String link(String path, Map<String, String> filters, int page) {
        StringJoiner query = new StringJoiner("&", path + "?", "");
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank() && !name.equals("page")) {
                query.add(encode(name) + "=" + encode(value));
            }
        });
        return query.add("page=" + page).toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
