package io.revisio.analytics.item;

import io.revisio.practice.DifficultyBadges;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Gives practice's review the difficulty badges, from the questions' answers and right answers so far. */
@Component
class StatisticsBadges implements DifficultyBadges {

    private final ItemReader reader;

    StatisticsBadges(ItemReader reader) {
        this.reader = reader;
    }

    @Override
    public Map<UUID, Badge> of(Collection<UUID> questionIds) {
        Map<UUID, Badge> badges = new HashMap<>();
        reader.answersAndCorrect(questionIds).forEach((question, counts) ->
                DifficultyLevel.of(counts[0], counts[1]).ifPresent(badge -> badges.put(question, badge)));
        return badges;
    }
}
