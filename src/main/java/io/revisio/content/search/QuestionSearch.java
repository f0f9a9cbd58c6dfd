package io.revisio.content.search;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

/**
 * Searches the question bank for staff, one page at a time; used by the API and the question list page.
 * With words, hits come in tiers (see {@link Tier}); hits that are only spelt alike are looked for once the
 * words themselves run out, so a misspelling is forgiven without slowing a search for a common word.
 */
@Component
class QuestionSearch {

    /** Shorter text has too few trigrams to say anything about spelling. */
    static final int SIMILAR_MIN_LENGTH = 4;

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
        int wanted = criteria.size() + 1; // one more tells whether there is a next page
        repository.settle();
        QuestionSearchRepository.Scope scope = new QuestionSearchRepository.Scope(criteria,
                criteria.nodeId() == null ? null : repository.subtree(criteria.nodeId()));
        List<QuestionSearchRepository.Found> found = new ArrayList<>();
        if (!criteria.ranked()) {
            if (after != null && after.tier() != Tier.NEWEST) {
                throw SearchCursor.foreign();
            }
            found.addAll(repository.newest(scope, after, wanted));
        } else {
            if (after != null && after.tier() == Tier.NEWEST) {
                throw SearchCursor.foreign();
            }
            // each tier fills what the tiers before it left of the page
            Tier from = after == null ? Tier.STEM : after.tier();
            if (from == Tier.STEM) {
                found.addAll(repository.inStem(scope, after, wanted));
            }
            if (found.size() < wanted && from.ordinal() <= Tier.ELSEWHERE.ordinal()) {
                found.addAll(repository.elsewhere(scope, from == Tier.ELSEWHERE ? after : null,
                        wanted - found.size()));
            }
            if (found.size() < wanted && criteria.text().strip().length() >= SIMILAR_MIN_LENGTH) {
                found.addAll(repository.similar(scope, from == Tier.SIMILAR ? after : null, wanted - found.size()));
            }
        }
        if (found.size() < wanted) {
            return new SearchResult(found.stream().map(QuestionSearchRepository.Found::hit).toList(), null);
        }
        List<QuestionSearchRepository.Found> page = found.subList(0, criteria.size());
        QuestionSearchRepository.Found last = page.get(page.size() - 1);
        SearchCursor next = new SearchCursor(last.tier(), QuestionSearchRepository.micros(last.hit().updatedAt()),
                last.hit().id());
        return new SearchResult(page.stream().map(QuestionSearchRepository.Found::hit).toList(),
                next.encode(criteria));
    }
}
