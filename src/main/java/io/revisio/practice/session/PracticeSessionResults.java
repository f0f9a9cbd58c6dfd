package io.revisio.practice.session;

import io.revisio.content.SyllabusOutline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * A finished session's score: correct out of all its questions (unanswered ones count as wrong), overall and
 * by block and theme.
 */
@Component
class PracticeSessionResults {

    private final SyllabusOutline syllabus;

    PracticeSessionResults(SyllabusOutline syllabus) {
        this.syllabus = syllabus;
    }

    record Result(UUID sessionId, PracticeSessionState state, Score score, List<Part> blocks, List<Part> themes) {
    }

    /** @param percent rounded to one decimal */
    record Score(int correct, int total, double percent) {

        static Score of(int correct, int total) {
            return new Score(correct, total, total == 0 ? 0 : Math.round(correct * 1000.0 / total) / 10.0);
        }
    }

    record Part(UUID nodeId, String code, String name, Score score) {
    }

    Result of(PracticeSessionRepository.Header header, List<PracticeSessionItem> items) {
        Map<UUID, SyllabusOutline.Node> nodes = new LinkedHashMap<>();
        syllabus.nodes().forEach(node -> nodes.put(node.id(), node));
        int correct = (int) items.stream().filter(PracticeSessionItem::correct).count();
        return new Result(header.id(), header.state(), Score.of(correct, items.size()),
                parts(items, PracticeSessionItem::blockId, nodes), parts(items, PracticeSessionItem::themeId, nodes));
    }

    private static List<Part> parts(List<PracticeSessionItem> items, Function<PracticeSessionItem, UUID> key,
            Map<UUID, SyllabusOutline.Node> nodes) {
        Map<UUID, int[]> tally = new LinkedHashMap<>();
        for (PracticeSessionItem item : items) {
            int[] counts = tally.computeIfAbsent(key.apply(item), id -> new int[2]);
            counts[0] += item.correct() ? 1 : 0;
            counts[1]++;
        }
        List<Part> parts = new ArrayList<>();
        tally.forEach((id, counts) -> {
            SyllabusOutline.Node node = id == null ? null : nodes.get(id);
            parts.add(new Part(id, node == null ? null : node.code(), node == null ? null : node.name(),
                    Score.of(counts[0], counts[1])));
        });
        parts.sort(java.util.Comparator.comparing(part -> part.code() == null ? "" : part.code()));
        return parts;
    }
}
