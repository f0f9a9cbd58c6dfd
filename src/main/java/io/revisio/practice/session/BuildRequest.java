package io.revisio.practice.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * What the student asks the builder for.
 *
 * @param timed        exam mode only; default true (60 s per question); tutor mode is never timed
 * @param pools        unused, incorrect, flagged, bookmarked, mistakes, all (a union); none means all
 * @param nodes        any mix of years, blocks, themes and concepts; none means the whole syllabus
 * @param difficulties 1 to 5; none means any difficulty
 * @param seed         the seed of the random choices; the server picks one when absent
 */
record BuildRequest(@NotNull PracticeMode mode, Boolean timed, @Size(max = 10) List<@NotNull String> pools,
        @Size(max = 500) List<@NotNull UUID> nodes, @Size(max = 5) List<@NotNull Integer> difficulties,
        @NotNull @Min(1) @Max(200) Integer count, Long seed) {

    BuildRequest withSeed(long chosen) {
        return new BuildRequest(mode, timed, pools, nodes, difficulties, count, chosen);
    }
}
