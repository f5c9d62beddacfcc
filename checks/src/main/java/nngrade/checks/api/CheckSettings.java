package nngrade.checks.api;

import org.quicktheories.QuickTheory;
import org.quicktheories.core.NoGuidance;
import org.quicktheories.core.Strategy;

/**
 * The settings every check shares: the seed of the run and the number of generated examples.
 * Same seed, same inputs, same result.
 */
public final class CheckSettings {

    /** The seed used when the user gives none. */
    public static final long DEFAULT_SEED = 20260101L;
    /** Generated examples per property. */
    public static final int EXAMPLES = 200;
    /**
     * Shrink steps per failure: enough to find a small failing input, few enough that a
     * submission failing everywhere (e.g. not implemented) is reported at once.
     */
    public static final int SHRINK_CYCLES = 300;

    private static volatile long seed = DEFAULT_SEED;

    private CheckSettings() {
    }

    public static long seed() {
        return seed;
    }

    /** Engine only. */
    public static void seed(long newSeed) {
        seed = newSeed;
    }

    /**
     * @return QuickTheories configured with the run's seed; every property of the checks starts
     *     here, e.g. {@code qt().forAll(Gens.scalars()).checkAssert(x -> ...)}. A property stops at
     *     the first NotImplementedYet ({@link StopsAtNotImplemented}); the seed may be reset with
     *     {@code withFixedSeed} only at that cost.
     */
    public static QuickTheory qt() {
        long runSeed = seed;
        return QuickTheory.qt(() -> new Strategy(new StopsAtNotImplemented(Strategy.defaultPRNG(runSeed)), EXAMPLES,
                NO_TIME_LIMIT, SHRINK_CYCLES, GENERATE_ATTEMPTS, new CheckReporter(), prng -> new NoGuidance()));
    }

    /*
     * The rest of a property's strategy, as QuickTheories' Configuration.systemStrategy() makes it
     * by default, written out: that method looks for a guidance factory with a ServiceLoader (a
     * scan of the class path's META-INF/services) every time, once per property run, which was
     * 3.6% of an examiner's checks' CPU on bench/grade-throughput.sh. Written out, the run also
     * no longer depends on the JVM's QT_ATTEMPTS and QT_TESTING_TIME system properties.
     */
    /** QuickTheories' default: no limit of time on a property, only the number of examples. */
    private static final long NO_TIME_LIMIT = -1;
    /** QuickTheories' default: tries to draw a value its assumptions accept, per value. */
    private static final int GENERATE_ATTEMPTS = 10;
}
