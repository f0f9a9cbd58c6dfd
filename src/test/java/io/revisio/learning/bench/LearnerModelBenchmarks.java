package io.revisio.learning.bench;

import io.revisio.learning.difficulty.Ability;
import io.revisio.learning.difficulty.Difficulty;
import io.revisio.learning.difficulty.EloRating;
import io.revisio.learning.difficulty.EloUpdate;
import io.revisio.learning.evaluation.Attempt;
import io.revisio.learning.evaluation.CohortSettings;
import io.revisio.learning.evaluation.CohortSimulator;
import io.revisio.learning.evaluation.SimulatedCohort;
import io.revisio.learning.irt.GaussHermite;
import io.revisio.learning.irt.IrtCalibration;
import io.revisio.learning.irt.ItemCalibrator;
import io.revisio.learning.irt.ItemParameters;
import io.revisio.learning.irt.MarginalEm;
import io.revisio.learning.mastery.BaumWelch;
import io.revisio.learning.mastery.BktFit;
import io.revisio.learning.mastery.BktFitter;
import io.revisio.learning.mastery.BktParameters;
import io.revisio.learning.mastery.KnowledgeTracing;
import io.revisio.learning.mastery.Mastery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Speed of the learner models' update math: one knowledge tracing update, one Elo update, the in-memory
 * work of a 40-answer practice session for both, one EM iteration of the knowledge tracing fit (one skill,
 * 1,000 students) and of the 2PL calibration (1,000 students by 30 questions, 21 nodes), and the whole fits.
 * Run as described in docs/benchmarks/learning.md.
 */
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LearnerModelBenchmarks {

    private static final boolean[] ANSWERS = {true, false, true, true, false, true, true, true};

    private final KnowledgeTracing tracing = new KnowledgeTracing(new BktParameters(0.3, 0.12, 0.2, 0.08));
    private final EloRating elo = new EloRating();
    private Mastery mastery;
    private Ability ability;
    private Difficulty difficulty;
    private int answer;

    private List<List<Boolean>> skill;
    private BaumWelch skillEm;
    private MarginalEm testEm;
    private ItemParameters[] testItems;
    private SimulatedCohort cohort;

    @Setup
    public void setUp() {
        mastery = tracing.initial();
        ability = Ability.INITIAL;
        difficulty = Difficulty.INITIAL;
        cohort = CohortSimulator.simulate(new CohortSettings(1_000, 12, 20, 12, 30, 1));
        Map<String, List<Boolean>> byStudent = new LinkedHashMap<>();
        for (Attempt attempt : cohort.practice()) {
            if (attempt.skill().equals("skill-0")) {
                byStudent.computeIfAbsent(attempt.student(), s -> new ArrayList<>()).add(attempt.correct());
            }
        }
        skill = List.copyOf(byStudent.values());
        skillEm = new BaumWelch(skill.stream().map(LearnerModelBenchmarks::array).toArray(boolean[][]::new));
        testEm = new MarginalEm(cohort.test(), GaussHermite.standardNormal(21));
        testItems = new ItemParameters[testEm.items()];
        Arrays.fill(testItems, ItemParameters.START);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Mastery bktUpdate() {
        mastery = tracing.answer(mastery, ANSWERS[answer++ & 7]).after();
        if (mastery.attempts() > 50) {
            mastery = tracing.initial(); // stay where real students are, not at a mastery of exactly 1
        }
        return mastery;
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public EloUpdate eloUpdate() {
        EloUpdate update = elo.answer(ability, difficulty, 5, ANSWERS[answer++ & 7]);
        ability = update.ability().answers() > 1_000 ? Ability.INITIAL : update.ability();
        difficulty = update.difficulty().answers() > 1_000 ? Difficulty.INITIAL : update.difficulty();
        return update;
    }

    /** The model math of one submitted 40-question session: 40 knowledge tracing and 40 Elo updates. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double fortyAnswerSession() {
        Mastery m = tracing.initial();
        Ability a = Ability.INITIAL;
        double sum = 0;
        for (int i = 0; i < 40; i++) {
            boolean correct = ANSWERS[i & 7];
            m = tracing.answer(m, correct).after();
            EloUpdate update = elo.answer(a, new Difficulty(0.1 * (i % 7), 30), 5, correct);
            a = update.ability();
            sum += update.predictedCorrect() + update.difficulty().value();
        }
        return sum + m.known() + a.value();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public BaumWelch.Step bktEmIteration() {
        return skillEm.step(BktParameters.DEFAULT);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public MarginalEm.Cycle irtEmIteration() {
        return testEm.step(testItems);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public BktFit bktFitOneSkill() {
        return new BktFitter().fit(skill);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public IrtCalibration irtCalibration() {
        return new ItemCalibrator().calibrate(cohort.test());
    }

    private static boolean[] array(List<Boolean> answers) {
        boolean[] a = new boolean[answers.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = answers.get(i);
        }
        return a;
    }
}
