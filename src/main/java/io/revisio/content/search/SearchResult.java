package io.revisio.content.search;

import java.util.List;

/**
 * One page of hits.
 *
 * @param next the cursor of the following page, or null on the last page
 */
record SearchResult(List<QuestionHit> items, String next) {

    SearchResult {
        items = List.copyOf(items);
    }
}
