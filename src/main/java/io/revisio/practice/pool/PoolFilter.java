package io.revisio.practice.pool;

import io.revisio.shared.problem.ProblemException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The builder's filters other than the syllabus: pools (a union; none means all) and difficulties (none
 * means any difficulty, including questions without one).
 */
public record PoolFilter(Set<Pool> pools, Set<Integer> difficulties) {

    public PoolFilter {
        pools = pools.isEmpty() || pools.contains(Pool.ALL) ? EnumSet.of(Pool.ALL) : EnumSet.copyOf(pools);
        difficulties = Set.copyOf(difficulties);
    }

    /** Reads the filters as a client sends them; an unknown pool or a difficulty outside 1–5 is a 400. */
    public static PoolFilter parse(List<String> pools, List<Integer> difficulties) {
        Set<Pool> chosen = EnumSet.noneOf(Pool.class);
        for (String name : pools == null ? List.<String>of() : pools) {
            Pool pool = Pool.named(name);
            if (pool == null) {
                throw ProblemException.invalidField("pools", "unknownPool", "must be among unused, incorrect, "
                        + "flagged, bookmarked, mistakes and all");
            }
            chosen.add(pool);
        }
        Set<Integer> levels = new TreeSet<>();
        for (Integer level : difficulties == null ? List.<Integer>of() : difficulties) {
            if (level == null || level < 1 || level > 5) {
                throw ProblemException.invalidField("difficulties", "outOfRange", "must be between 1 and 5");
            }
            levels.add(level);
        }
        return new PoolFilter(chosen, levels);
    }

    public boolean everything() {
        return pools.contains(Pool.ALL) && difficulties.isEmpty();
    }

    public List<String> poolNames() {
        return pools.stream().map(Pool::wireName).toList();
    }

    /** The same difficulties over every question: what the student could widen the pools to. */
    public PoolFilter allPools() {
        return new PoolFilter(EnumSet.of(Pool.ALL), difficulties);
    }
}
