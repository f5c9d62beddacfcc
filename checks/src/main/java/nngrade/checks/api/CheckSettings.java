package nngrade.checks.api;

import org.quicktheories.QuickTheory;
import org.quicktheories.core.Configuration;
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
        return QuickTheory.qt(() -> {
            Strategy s = Configuration.systemStrategy().withFixedSeed(runSeed).withExamples(EXAMPLES)
                    .withShrinkCycles(SHRINK_CYCLES).withReporter(new CheckReporter());
            return new Strategy(new StopsAtNotImplemented(s.prng()), s.examples(), s.testingTimeMillis(),
                    s.shrinkCycles(), s.generateAttempts(), s.reporter(), prng -> s.guidance());
        });
    }
}
