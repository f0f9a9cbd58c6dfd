package io.revisio.analytics.item;

import io.revisio.shared.paging.PageRequest;
import io.revisio.shared.problem.ProblemException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;

/**
 * The list's query parameters as the API and the page take them.
 *
 * @param flagged    only questions that look broken
 * @param node       only questions filed at or under this year, block or theme, or carrying this concept
 * @param minAnswers only questions with at least this many answers
 * @param sort       answers (default), shareCorrect or discrimination
 * @param order      asc or desc; by default the most answered, the hardest and the least discriminating first
 */
record ItemListParameters(Boolean flagged, UUID node, @Min(0) @Max(1_000_000_000) Long minAnswers, String sort,
        String order, @Min(0) @Max(1_000_000) Integer page, @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {

    /** The query these parameters ask for; a 400 naming the field when one is not understood. */
    ItemQuery query(ItemReport report) {
        ItemQuery.Sort chosen = sort == null || sort.isBlank() ? ItemQuery.Sort.ANSWERS : ItemQuery.Sort.named(sort);
        if (chosen == null) {
            throw ProblemException.invalidField("sort", "unknownSort", "must be one of " + ItemQuery.Sort.choices());
        }
        boolean ascending = chosen.ascendingByDefault;
        if (order != null && !order.isBlank()) {
            if (!order.equals("asc") && !order.equals("desc")) {
                throw ProblemException.invalidField("order", "unknownOrder", "must be asc or desc");
            }
            ascending = order.equals("asc");
        }
        ItemReport.NodeFilter filter = null;
        if (node != null) {
            filter = report.under(node).orElseThrow(() -> ProblemException.invalidField("node", "unknownNode",
                    "no syllabus node has this id"));
        }
        return new ItemQuery(Boolean.TRUE.equals(flagged), filter == null ? null : filter.themes(),
                filter == null ? null : filter.concept(), minAnswers == null ? 0 : minAnswers, chosen, ascending,
                PageRequest.of(page, size));
    }
}
