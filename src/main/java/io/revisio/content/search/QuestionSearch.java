package io.revisio.content.search;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

/** Searches the question bank for staff, one page at a time; used by the API and the question list page. */
@Component
class QuestionSearch {

    private final QuestionSearchRepository repository;

    QuestionSearch(QuestionSearchRepository repository) {
        this.repository = repository;
    }

    /** Reads the search from query parameters; a 400 problem naming the field when one is invalid. */
    SearchCriteria criteria(MultiValueMap<String, String> query) {
        SearchCriteria criteria = SearchParameters.parse(query);
        if (criteria.nodeId() != null && !repository.nodeExists(criteria.nodeId())) {
            throw SearchParameters.invalid("node", "unknown", "is not a node of the syllabus");
        }
        return criteria;
    }

    @Transactional(readOnly = true)
    SearchResult search(SearchCriteria criteria, String cursor) {
        SearchCursor after = cursor == null || cursor.isBlank() ? null : SearchCursor.decode(cursor.strip(), criteria);
        List<QuestionSearchRepository.Found> found = repository.search(criteria, after);
        if (found.size() <= criteria.size()) {
            return new SearchResult(found.stream().map(QuestionSearchRepository.Found::hit).toList(), null);
        }
        List<QuestionSearchRepository.Found> page = found.subList(0, criteria.size());
        QuestionSearchRepository.Found last = page.get(page.size() - 1);
        return new SearchResult(page.stream().map(QuestionSearchRepository.Found::hit).toList(),
                new SearchCursor(last.sortKey(), last.hit().id()).encode(criteria));
    }
}
