package io.revisio.analytics.item;

import io.revisio.content.SyllabusOutline;
import io.revisio.shared.paging.Page;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The item statistics as editors read them: lists of questions and one question with its option shares. */
@Component
class ItemReport {

    private final ItemReader reader;
    private final SyllabusOutline syllabus;

    ItemReport(ItemReader reader, SyllabusOutline syllabus) {
        this.reader = reader;
        this.syllabus = syllabus;
    }

    /** A syllabus filter: the themes at or under a node, and the node itself when it is a concept. */
    record NodeFilter(Set<UUID> themes, UUID concept) {
    }

    /** The filter for this node, or empty when the syllabus has no such node. */
    Optional<NodeFilter> under(UUID node) {
        List<SyllabusOutline.Node> nodes = syllabus.nodes();
        SyllabusOutline.Node found = nodes.stream().filter(each -> each.id().equals(node)).findFirst().orElse(null);
        if (found == null) {
            return Optional.empty();
        }
        if (found.level() == SyllabusOutline.Level.CONCEPT) {
            return Optional.of(new NodeFilter(Set.of(), node));
        }
        Set<UUID> within = new HashSet<>(Set.of(node));
        boolean grew = true;
        while (grew) { // the tree is at most four levels deep
            grew = false;
            for (SyllabusOutline.Node each : nodes) {
                if (each.parentId() != null && within.contains(each.parentId()) && within.add(each.id())) {
                    grew = true;
                }
            }
        }
        Set<UUID> themes = new HashSet<>();
        nodes.stream().filter(each -> each.level() == SyllabusOutline.Level.THEME && within.contains(each.id()))
                .forEach(each -> themes.add(each.id()));
        return Optional.of(new NodeFilter(themes, null));
    }

    @Transactional(readOnly = true)
    Page<ItemSummary> list(ItemQuery query) {
        Page<ItemReader.Row> rows = reader.list(query);
        Map<UUID, Long> medians = reader.medianTimes(rows.items().stream().map(ItemReader.Row::questionId).toList());
        return new Page<>(rows.items().stream().map(row -> summary(row, medians.get(row.questionId()))).toList(),
                rows.page(), rows.size(), rows.total());
    }

    @Transactional(readOnly = true)
    Optional<ItemDetail> detail(UUID question) {
        return reader.one(question).map(row -> {
            ItemSummary summary = summary(row, reader.medianTimes(List.of(question)).get(question));
            List<ItemDetail.VersionShares> versions = new ArrayList<>();
            for (ItemReader.VersionRow version : reader.versions(question)) {
                List<ItemDetail.OptionShare> options = new ArrayList<>();
                for (int option = 0; option < version.chosen().length; option++) {
                    options.add(new ItemDetail.OptionShare(option, option == version.correctOption(),
                            version.chosen()[option], share(version.chosen()[option], version.answers())));
                }
                versions.add(new ItemDetail.VersionShares(version.versionId(), version.number(), version.answers(),
                        share(version.correct(), version.answers()), version.correctOption(), options));
            }
            return new ItemDetail(summary, versions);
        });
    }

    private static ItemSummary summary(ItemReader.Row row, Long medianTimeMs) {
        return new ItemSummary(row.questionId(), row.themeId(), row.answers(), row.correct(), row.shareCorrect(),
                row.discrimination(), medianTimeMs, DifficultyLevel.of(row.answers(), row.correct()).orElse(null),
                row.flags().names(), row.lastAnsweredAt());
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }
}
