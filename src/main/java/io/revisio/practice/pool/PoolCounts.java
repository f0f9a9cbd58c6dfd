package io.revisio.practice.pool;

import io.revisio.content.SyllabusOutline;
import io.revisio.content.SyllabusOutline.Node;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many questions each syllabus node offers for the chosen filters: the themes' kept counts adjusted
 * for the student ({@link ThemeOffers}) and a grouped count per concept, added up the tree in memory, so it
 * stays quick while a student picks.
 */
@Component
public class PoolCounts {

    private final QuestionPool pool;
    private final ThemeOffers themeOffers;
    private final SyllabusOutline syllabus;

    PoolCounts(QuestionPool pool, ThemeOffers themeOffers, SyllabusOutline syllabus) {
        this.pool = pool;
        this.themeOffers = themeOffers;
        this.syllabus = syllabus;
    }

    /** A node with what it offers; a block or year offers the sum of its themes. */
    public record Branch(UUID id, String code, String name, String level, long available, List<Branch> children) {
    }

    public record Counts(List<String> pools, List<Integer> difficulties, long available, List<Branch> years) {
    }

    @Transactional(readOnly = true)
    public Counts of(UUID student, PoolFilter filter) {
        SyllabusScope scope = SyllabusScope.of(syllabus.nodes());
        Map<UUID, Long> themes = new HashMap<>();
        themeOffers.offers(student, filter, scope.allThemes()).themes()
                .forEach((theme, offer) -> themes.put(theme, offer.available()));
        Map<UUID, Long> concepts = pool.countsByConcept(student, filter);
        List<Branch> years = branches(scope, null, themes, concepts);
        return new Counts(filter.poolNames(), filter.difficulties().stream().sorted().toList(),
                years.stream().mapToLong(Branch::available).sum(), years);
    }

    private static List<Branch> branches(SyllabusScope scope, UUID parent, Map<UUID, Long> themes,
            Map<UUID, Long> concepts) {
        return scope.children(parent).stream().map(node -> branch(scope, node, themes, concepts)).toList();
    }

    private static Branch branch(SyllabusScope scope, Node node, Map<UUID, Long> themes, Map<UUID, Long> concepts) {
        List<Branch> children = branches(scope, node.id(), themes, concepts);
        long available = switch (node.level()) {
            case THEME -> themes.getOrDefault(node.id(), 0L);
            case CONCEPT -> concepts.getOrDefault(node.id(), 0L);
            default -> children.stream().mapToLong(Branch::available).sum();
        };
        return new Branch(node.id(), node.code(), node.name(), node.level().name(), available, children);
    }
}
