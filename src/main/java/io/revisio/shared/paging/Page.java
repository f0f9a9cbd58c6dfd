package io.revisio.shared.paging;

import java.util.List;

/**
 * One page of a list as the API answers it.
 *
 * @param items the rows of this page, in the list's order
 * @param page the 0-based page number asked for
 * @param size the page size asked for (the last page may hold fewer items)
 * @param total how many rows the whole list has
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page(), request.size(), total);
    }
}
