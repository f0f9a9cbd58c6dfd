package io.revisio.learning.fsrs.bench;

import io.revisio.learning.fsrs.FsrsWeights;
import io.revisio.learning.fsrs.MemoryModel;
import io.revisio.learning.fsrs.MemoryState;
import io.revisio.learning.fsrs.Rating;
import io.revisio.learning.fsrs.ReviewHistory;
import io.revisio.learning.fsrs.ReviewSimulator;
import io.revisio.learning.fsrs.WeightFitter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Speed of the FSRS-6 model: one review update (the memory after a review some days later), and fitting
 * the weights of one student with 1,000 predicted reviews. Run as described in docs/benchmarks/revision.md.
 */
@State(Scope.Thread)
@Fork(1)
public class FsrsBenchmarks {

    private static final Rating[] RATINGS = {Rating.GOOD, Rating.GOOD, Rating.HARD, Rating.AGAIN, Rating.EASY,
        Rating.GOOD, Rating.GOOD, Rating.HARD};
    private static final int[] DAYS = {3, 11, 1, 40, 7, 2, 19, 5};

    private final MemoryModel model = new MemoryModel(FsrsWeights.DEFAULT);
    private MemoryState memory;
    private int review;
    private List<ReviewHistory> student;

    @Setup
    public void setUp() {
        memory = model.first(Rating.GOOD);
        // 200 cards × 6 reviews = 1,000 predicted reviews (the first review of a card predicts nothing).
        student = new ReviewSimulator(FsrsWeights.DEFAULT, 0.9).simulate(200, 6, 11);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public MemoryState reviewUpdate() {
        int i = review++ & 7;
        memory = model.next(memory, DAYS[i], RATINGS[i]);
        if (memory.stability() > 10_000) {
            memory = model.first(Rating.GOOD); // keep the state in the range real cards live in
        }
        return memory;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 3, time = 10)
    public WeightFitter.Fit fitOneStudent() {
        return new WeightFitter().fit(student, FsrsWeights.DEFAULT);
    }
}
