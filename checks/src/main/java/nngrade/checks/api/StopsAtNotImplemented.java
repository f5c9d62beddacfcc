package nngrade.checks.api;

import nngrade.problems.NotImplementedYet;
import org.quicktheories.core.PseudoRandom;

/**
 * The source of QuickTheories' random draws, which ends a property's run as soon as the submission
 * has thrown {@link NotImplementedYet}, instead of drawing the next example or shrinking.
 *
 * <p>The checks let NotImplementedYet pass through untouched, so the first example that meets one
 * falsifies the property, and QuickTheories then spends up to {@value CheckSettings#SHRINK_CYCLES}
 * tries shrinking the input, each drawing values and calling the submission again, only for the
 * report to say "not implemented yet" without an input. Measured on the student template: a third
 * of `check template`'s time in-process, and one exchange with the submission's JVM per try when
 * graded (41,176 exchanges for 785 checks). Thrown from the next draw, the very exception the
 * submission threw ends the check with the verdict shrinking would have reached.
 */
final class StopsAtNotImplemented implements PseudoRandom {

    private final PseudoRandom draws;
    /** What {@link NotImplementedYet#lastMadeOnThisThread} was when the property started: not this run's. */
    private final NotImplementedYet before;
    /**
     * {@link NotImplementedYet#madeOnAnyThread} when this last looked at the thread's own: until it
     * changes, none was made here either, and a draw costs one read instead of a thread-local
     * lookup (native under C1): the draws' stop checks fell from 4.7% to 2.4% of the check threads'
     * CPU in `check reference`.
     */
    private long madeWhenLastLooked;

    /** @param draws the seeded source every draw comes from; not modified but drawn from */
    StopsAtNotImplemented(PseudoRandom draws) {
        this.draws = draws;
        this.madeWhenLastLooked = NotImplementedYet.madeOnAnyThread();
        this.before = NotImplementedYet.lastMadeOnThisThread();
    }

    @Override
    public long nextLong(long min, long max) {
        stopIfNotImplemented();
        return draws.nextLong(min, max);
    }

    @Override
    public int nextInt(int min, int max) {
        stopIfNotImplemented();
        return draws.nextInt(min, max);
    }

    @Override
    public long getInitialSeed() {
        return draws.getInitialSeed();
    }

    private void stopIfNotImplemented() {
        long made = NotImplementedYet.madeOnAnyThread();
        if (made == madeWhenLastLooked) {
            return;
        }
        madeWhenLastLooked = made; // read before the thread's own: one made after this read is seen next time
        NotImplementedYet last = NotImplementedYet.lastMadeOnThisThread();
        if (last != before) {
            throw last;
        }
    }
}
