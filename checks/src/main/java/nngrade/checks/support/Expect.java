package nngrade.checks.support;

import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Assertions that teach: every failure says what was compared, what was expected, what came back,
 * and by how much it missed. The input that caused it is added by QuickTheories (the smallest one
 * it found), and the problem's id and formula by the grading engine.
 *
 * <p>A description that costs something to write (an input matrix in words, a number printed) is
 * passed as a {@code Supplier<String>}, written only if the check fails: a passing check is the
 * common case, and writing every description up front was about a twentieth of the examiner's
 * CPU (profiled on alice, bob and carol), most of it for doubles printed in full.
 */
public final class Expect {

    /** Below this size a value is too small to tell a student anything by its relative miss. */
    private static final double SMALLEST_TELLING = 1e-3;

    private Expect() {
    }

    /**
     * Whether this thread rehearses a check with the reference's answers nudged (see
     * nngrade.examiner.PredictedCalls): then numbers and conditions are not judged, so that the
     * rehearsal goes the way the plain one goes and shows which later calls depend on the answers.
     * Nothing is graded in a rehearsal.
     */
    private static final ThreadLocal<Boolean> NUDGED = ThreadLocal.withInitial(() -> false);

    /** Examiner only: marks this thread's rehearsal with nudged answers as begun or ended. */
    public static void nudgedRehearsal(boolean on) {
        NUDGED.set(on);
    }

    /** Fails with {@code message} unless {@code condition}. */
    public static void that(boolean condition, String message) {
        if (!condition && !NUDGED.get()) {
            throw new AssertionError(message);
        }
    }

    /** {@link #that(boolean, String)}, the message written only on failure. */
    public static void that(boolean condition, Supplier<String> message) {
        if (!condition && !NUDGED.get()) {
            throw new AssertionError(message.get());
        }
    }

    /** Fails unless actual is within rel |expected| + abs of expected. */
    public static void near(String what, double expected, double actual, double rel, double abs) {
        near(what, expected, actual, rel, abs, 0);
    }

    /**
     * Fails unless actual is within rel |expected| + abs of expected; the message states the miss
     * relative to {@code scale}, the size of the values compared (of the whole array an element
     * belongs to), or gives a NaN or an infinity its own sentence.
     */
    static void near(String what, double expected, double actual, double rel, double abs, double scale) {
        if (!Tolerance.close(expected, actual, rel, abs) && !NUDGED.get()) {
            throw new AssertionError(mismatch(what, expected, actual, scale) + " (allowed "
                    + Miss.number(rel * Math.abs(expected) + abs) + ")");
        }
    }

    /** @return "what: expected e, got a: off by d, p% of s", or the sentence for a non-finite a */
    public static String mismatch(String what, double expected, double actual, double scale) {
        String got = what + ": expected " + expected + ", got " + actual;
        if (!Double.isFinite(actual) && Double.isFinite(expected)) {
            return got + ". " + Miss.nonFinite(actual);
        }
        return !Double.isFinite(expected) ? got : got + ": " + Miss.by(expected, actual, scale);
    }

    /**
     * Elementwise {@link #near(String, double, double, double, double)}, with a shape check first;
     * a failure reports the element that missed most (a NaN or an infinity before any number).
     */
    public static void near(String what, double[] expected, double[] actual, double rel, double abs) {
        near(what, i -> what + "[" + i + "]", expected, actual, rel, abs);
    }

    /**
     * {@link #near(String, double[], double[], double, double)} naming element i as {@code element}
     * says, e.g. "sigmoid at x = -3.0 (torch)".
     */
    public static void near(String what, IntFunction<String> element, double[] expected, double[] actual, double rel,
            double abs) {
        shape(what, expected, actual);
        nearWorst(element, expected, actual, rel, abs);
    }

    /** {@link #near(String, double[], double[], double, double)}, described only on failure. */
    public static void near(Supplier<String> whatIfFailed, double[] expected, double[] actual, double rel, double abs) {
        shape(whatIfFailed, expected, actual);
        nearWorst(i -> whatIfFailed.get() + "[" + i + "]", expected, actual, rel, abs);
    }

    /**
     * The elementwise judgement of {@link #near(String, IntFunction, double[], double[], double, double)},
     * shapes already checked.
     */
    private static void nearWorst(IntFunction<String> element, double[] expected, double[] actual, double rel,
            double abs) {
        int worst = -1;
        double most = -1;
        for (int i = 0; i < expected.length; i++) {
            double miss = miss(expected[i], actual[i], rel, abs);
            if (miss > most) {
                most = miss;
                worst = i;
            }
        }
        if (worst >= 0) {
            near(element.apply(worst), expected[worst], actual[worst], rel, abs, Miss.scale(expected, actual));
        }
    }

    /**
     * Agreement at independent points (an elementwise function at x = -1000, -3, 0.5, ...): each
     * element is judged against its own size, and a failure reports the point whose miss is the
     * largest share of max(|expected|, |actual|, {@value #SMALLEST_TELLING}), so a wrong constant
     * shows where the values are ordinary rather than where they are 1e-12.
     */
    public static void nearAtEachPoint(String what, IntFunction<String> point, double[] expected, double[] actual,
            double rel, double abs) {
        shape(what, expected, actual);
        int worst = -1;
        double most = -1;
        for (int i = 0; i < expected.length; i++) {
            double miss = miss(expected[i], actual[i], rel, abs);
            double share = miss < 0 ? -1 : miss / Math.max(SMALLEST_TELLING, Miss.scale(expected[i], actual[i]));
            if (share > most) {
                most = share;
                worst = i;
            }
        }
        if (worst >= 0) {
            near(point.apply(worst), expected[worst], actual[worst], rel, abs, 0);
        }
    }

    /** Elementwise comparison of matrices, with a shape check of every row first; reports the worst miss. */
    public static void near(String what, double[][] expected, double[][] actual, double rel, double abs) {
        near(() -> what, expected, actual, rel, abs);
    }

    /** {@link #near(String, double[][], double[][], double, double)}, described only on failure. */
    public static void near(Supplier<String> whatIfFailed, double[][] expected, double[][] actual, double rel,
            double abs) {
        if (actual == null) {
            notNull(whatIfFailed.get(), null);
        }
        if (expected.length != actual.length) {
            throw new AssertionError(whatIfFailed.get() + ": wrong shape: expected " + expected.length + " rows, got "
                    + actual.length);
        }
        for (int i = 0; i < expected.length; i++) {
            if (actual[i] == null || actual[i].length != expected[i].length) {
                shape(whatIfFailed.get() + "[" + i + "]", expected[i], actual[i]);
            }
        }
        int[] worst = null;
        double most = -1;
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                double miss = miss(expected[i][j], actual[i][j], rel, abs);
                if (miss > most) {
                    most = miss;
                    worst = new int[] {i, j};
                }
            }
        }
        if (worst != null) {
            near(whatIfFailed.get() + "[" + worst[0] + "][" + worst[1] + "]", expected[worst[0]][worst[1]],
                    actual[worst[0]][worst[1]], rel, abs, Miss.scale(expected, actual));
        }
    }

    /**
     * @return -1 if actual is close enough to expected, else how far it missed: infinite for a NaN
     *     or an infinity where a number was expected, so that those are reported first
     */
    private static double miss(double expected, double actual, double rel, double abs) {
        if (Tolerance.close(expected, actual, rel, abs)) {
            return -1;
        }
        double d = Math.abs(expected - actual);
        return Double.isNaN(d) ? Double.POSITIVE_INFINITY : d;
    }

    /** Agreement with the reference or a fixture, at {@link Tolerance#AGREEMENT_REL}. */
    public static void agrees(String what, double expected, double actual) {
        near(what, expected, actual, Tolerance.AGREEMENT_REL, Tolerance.AGREEMENT_ABS);
    }

    /** {@link #agrees(String, double, double)}, described only on failure. */
    public static void agrees(Supplier<String> whatIfFailed, double expected, double actual) {
        near(whatIfFailed, expected, actual, Tolerance.AGREEMENT_REL, Tolerance.AGREEMENT_ABS);
    }

    /** {@link #near(String, double, double, double, double)}, described only on failure. */
    public static void near(Supplier<String> whatIfFailed, double expected, double actual, double rel, double abs) {
        if (!Tolerance.close(expected, actual, rel, abs)) {
            near(whatIfFailed.get(), expected, actual, rel, abs);
        }
    }

    public static void agrees(String what, double[] expected, double[] actual) {
        near(what, expected, actual, Tolerance.AGREEMENT_REL, Tolerance.AGREEMENT_ABS);
    }

    public static void agrees(String what, double[][] expected, double[][] actual) {
        near(what, expected, actual, Tolerance.AGREEMENT_REL, Tolerance.AGREEMENT_ABS);
    }

    /** {@link #agrees(String, double[], double[])}, described only on failure. */
    public static void agrees(Supplier<String> whatIfFailed, double[] expected, double[] actual) {
        near(whatIfFailed, expected, actual, Tolerance.AGREEMENT_REL, Tolerance.AGREEMENT_ABS);
    }

    /** {@link #agrees(String, double[][], double[][])}, described only on failure. */
    public static void agrees(Supplier<String> whatIfFailed, double[][] expected, double[][] actual) {
        near(whatIfFailed, expected, actual, Tolerance.AGREEMENT_REL, Tolerance.AGREEMENT_ABS);
    }

    /** Fails if any element is NaN or infinite. */
    public static void finite(String what, double[] actual) {
        notNull(what, actual);
        for (int i = 0; i < actual.length; i++) {
            if (!Double.isFinite(actual[i])) {
                throw new AssertionError(what + "[" + i + "] is " + actual[i] + ", expected a finite number. "
                        + Miss.nonFinite(actual[i]));
            }
        }
    }

    /** Fails if any element of the matrix is NaN or infinite. */
    public static void finite(String what, double[][] actual) {
        finite(() -> what, actual);
    }

    /** {@link #finite(String, double[][])}, described only on failure. */
    public static void finite(Supplier<String> whatIfFailed, double[][] actual) {
        if (actual == null) {
            notNull(whatIfFailed.get(), null);
        }
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] == null || !allFinite(actual[i])) {
                finite(whatIfFailed.get() + "[" + i + "]", actual[i]);
            }
        }
    }

    /** {@link #finite(String, double[])}, described only on failure. */
    public static void finite(Supplier<String> whatIfFailed, double[] actual) {
        if (actual == null || !allFinite(actual)) {
            finite(whatIfFailed.get(), actual);
        }
    }

    private static boolean allFinite(double[] v) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    /** {@link #finite(String, double)}, described only on failure. */
    public static void finite(Supplier<String> whatIfFailed, double actual) {
        if (!Double.isFinite(actual)) {
            finite(whatIfFailed.get(), actual);
        }
    }

    public static void finite(String what, double actual) {
        if (!Double.isFinite(actual)) {
            throw new AssertionError(what + " is " + actual + ", expected a finite number. " + Miss.nonFinite(actual));
        }
    }

    /** Fails if the submission returned null. */
    public static void notNull(String what, Object actual) {
        if (actual == null) {
            throw new AssertionError(what + ": the implementation returned null");
        }
    }

    /** {@link #shape(String, double[], double[])}, described only on failure. */
    public static void shape(Supplier<String> whatIfFailed, double[] expected, double[] actual) {
        if (actual == null || actual.length != expected.length) {
            shape(whatIfFailed.get(), expected, actual);
        }
    }

    /** {@link #notNull(String, Object)}, described only on failure. */
    public static void notNull(Supplier<String> whatIfFailed, Object actual) {
        if (actual == null) {
            notNull(whatIfFailed.get(), null);
        }
    }

    /** Fails unless actual has the length of expected. */
    public static void shape(String what, double[] expected, double[] actual) {
        notNull(what, actual);
        if (expected.length != actual.length) {
            throw new AssertionError(what + ": wrong shape: expected length " + expected.length
                    + ", got " + actual.length);
        }
    }

    /** Fails if an input array changed during a call: the contract forbids modifying inputs. */
    public static void unchanged(String what, double[] before, double[] after) {
        if (!Arrays.equals(before, after)) {
            throw new AssertionError("the implementation modified its input " + what + ": " + change(what, before, after)
                    + " (before: " + Arrays.toString(before) + ", after: " + Arrays.toString(after) + ")");
        }
    }

    public static void unchanged(String what, double[][] before, double[][] after) {
        if (!Arrays.deepEquals(before, after)) {
            String change = "";
            for (int i = 0; i < before.length && change.isEmpty(); i++) {
                if (!Arrays.equals(before[i], after[i])) {
                    change = change(what + "[" + i + "]", before[i], after[i]);
                }
            }
            throw new AssertionError("the implementation modified its input " + what + ": " + change
                    + " (before: " + Gens.show(before) + ", after: " + Gens.show(after) + ")");
        }
    }

    /** @return the entry that changed most, as "x[1] was 1.0 before the call and is 1.5 after it: off by ..." */
    private static String change(String what, double[] before, double[] after) {
        if (after == null || before.length != after.length) {
            return what + " changed its length";
        }
        int worst = 0;
        double most = -1;
        for (int i = 0; i < before.length; i++) {
            double d = Double.compare(before[i], after[i]) == 0 ? -1 : Math.abs(before[i] - after[i]);
            d = Double.isNaN(d) ? Double.POSITIVE_INFINITY : d;
            if (d > most) {
                most = d;
                worst = i;
            }
        }
        String changed = what + "[" + worst + "] was " + before[worst] + " before the call and is " + after[worst]
                + " after it";
        return Double.isFinite(after[worst]) ? changed + ": " + Miss.by(before[worst], after[worst], Miss.scale(before, after))
                : changed + ". " + Miss.nonFinite(after[worst]);
    }
}
