package nngrade.checks.optimizers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nngrade.checks.support.Batch;
import nngrade.checks.support.Miss;
import nngrade.checks.support.Tolerance;

/**
 * Runs an optimizer and compares trajectories x_0, x_1, ..., x_T.
 *
 * <p>The tolerance: x_t[i] passes when |actual - expected| <= {@value #REL} (|expected| + M_i)
 * (NaN matches only NaN, as in {@link Tolerance#close}),
 * where M_i is the largest |expected x_s[i]| along the whole run. The issue asks for torch.optim's
 * trajectories to 1e-12 relative; M_i is there because a coordinate that passes near 0 (x - lr g
 * cancelling) carries the rounding error of its larger neighbours in time, about T ulps of M_i,
 * which no implementation avoids. Realistic bugs (a missing bias correction, a factor 1 - mu, a
 * flipped sign) move x by 1e-4 of M_i or more. The subtle ones show only on some inputs, which the
 * runs include: eps inside the square root changes a step by eps/(2 g^2) of itself, invisible for
 * |g| ~ 1 but of order 1 for the gradients of 1e-8 and below; AdamW decaying after the Adam step
 * instead of before it moves x by lr wd times the step (about lr), 1e-8 for lr 1e-3 and wd 0.01.
 */
final class Trajectory {

    /** Relative tolerance of trajectory agreement, against each coordinate's own scale. */
    static final double REL = 1e-12;

    private Trajectory() {
    }

    /**
     * @return rows 0..T: x_0 (a copy of run.x0()) and the parameters after each step; the
     *     stepper is handed a fresh copy, never run.x0() itself
     */
    static double[][] follow(Stepper stepper, Run run) {
        double[] x = run.x0().clone();
        if (run.field() instanceof GradientSequence s && s.grads().length >= run.steps()) {
            double[][] xs = stepper.along(x, Arrays.copyOf(s.grads(), run.steps()));
            xs[0] = run.x0().clone();
            return xs;
        }
        double[][] xs = new double[run.steps() + 1][];
        xs[0] = x.clone();
        for (int t = 1; t <= run.steps(); t++) {
            int step = t;
            stepper.step(x, point -> run.field().at(step, point));
            xs[t] = x.clone();
        }
        return xs;
    }

    /**
     * Steps two instances in turn: a's step t, then b's step t while b's run lasts.
     *
     * @return a's rows 0..T, as {@link #follow} gives them
     */
    static double[][] followInTurn(Stepper a, Run first, Stepper b, Run second) {
        double[] xa = first.x0().clone();
        double[] xb = second.x0().clone();
        double[][] xs = new double[first.steps() + 1][];
        xs[0] = xa.clone();
        if (a instanceof Stepper.OfOptimizer oa && b instanceof Stepper.OfOptimizer ob
                && first.field() instanceof GradientSequence ga && ga.grads().length >= first.steps()
                && second.field() instanceof GradientSequence gb && gb.grads().length >= second.steps()) {
            List<int[]> turns = new ArrayList<>(); // {instance, step}
            for (int t = 1; t <= first.steps(); t++) {
                turns.add(new int[] {0, t});
                if (t <= second.steps()) {
                    turns.add(new int[] {1, t});
                }
            }
            Batch.across(List.of(oa.optimizer(), ob.optimizer()), turns, turn -> turn[0], (o, turn) -> {
                o.step(turn[0] == 0 ? xa : xb, (turn[0] == 0 ? ga : gb).grads()[turn[1] - 1].clone());
                return null;
            }, i -> {
                if (turns.get(i)[0] == 0) {
                    xs[turns.get(i)[1]] = xa.clone();
                }
            });
            return xs;
        }
        for (int t = 1; t <= first.steps(); t++) {
            int step = t;
            a.step(xa, p -> first.field().at(step, p));
            xs[t] = xa.clone();
            if (t <= second.steps()) {
                b.step(xb, p -> second.field().at(step, p));
            }
        }
        return xs;
    }

    /**
     * Fails where actual first leaves the tolerance around expected: at the first such step, the
     * coordinate whose move misses most (see {@link Deviation}).
     *
     * @param what     names the expected trajectory in one line, e.g. "torch.optim.Adam, fixture
     *                 case 2 (lr=0.1, ...)"
     * @param run      the run, shown on a line of its own
     * @param expected rows 0..T
     * @param actual   rows 0..T
     */
    static void assertMatches(String what, Run run, double[][] expected, double[][] actual) {
        Deviation d = deviation(what, run, expected, actual);
        if (d != null) {
            throw d.error();
        }
    }

    /** Fails with the most telling of the deviations, if there is any. */
    static void assertNone(java.util.List<Deviation> deviations) {
        deviations.stream().filter(java.util.Objects::nonNull)
                .max(java.util.Comparator.comparingDouble(Deviation::share))
                .ifPresent(d -> {
                    throw d.error();
                });
    }

    /** @return where actual first leaves expected, or null if it never does */
    static Deviation deviation(String what, Run run, double[][] expected, double[][] actual) {
        double[] scale = scales(expected);
        for (int t = 1; t < expected.length; t++) {
            Deviation worst = null;
            for (int i = 0; i < scale.length; i++) {
                if (!Tolerance.close(expected[t][i], actual[t][i], REL, REL * scale[i])) {
                    Deviation d = new Deviation(what, run, t, i, expected[t - 1][i], expected[t][i], actual[t][i]);
                    worst = worst == null || d.share() > worst.share() ? d : worst;
                }
            }
            if (worst != null) {
                return worst;
            }
        }
        return null;
    }

    /**
     * The first step at which a trajectory leaves the expected one, judged by the move the step
     * makes: a step that moves x by half what it should is a 50% miss, even when x itself changes
     * by a fraction of a percent.
     *
     * @param previous x_{t-1}[i] of the expected trajectory (the actual one agrees with it there)
     */
    record Deviation(String what, Run run, int t, int i, double previous, double expected, double actual) {

        /** @return the miss as a share of the larger of the two moves (a NaN or an infinity counts as all of it) */
        double share() {
            double moves = Math.max(Math.abs(expected - previous), Math.abs(actual - previous));
            double miss = Math.abs(actual - expected) / moves;
            return Double.isFinite(miss) ? miss : Double.POSITIVE_INFINITY;
        }

        AssertionError error() {
            String step = what + ": step " + t + " should move x[" + i + "] from " + previous + " to " + expected
                    + ", but it moved it to " + actual;
            String why = Double.isFinite(actual) ? ": the move is " + (actual - previous) + " instead of "
                    + (expected - previous) + ", " + Miss.by(expected - previous, actual - previous, 0)
                    : ". " + Miss.nonFinite(actual);
            return new AssertionError(step + why + "\n  the run: " + run);
        }
    }

    /** @return M_i = max_t |x_t[i]| over the finite values, for each coordinate */
    static double[] scales(double[][] xs) {
        double[] m = new double[xs[0].length];
        for (double[] x : xs) {
            for (int i = 0; i < m.length; i++) {
                if (Double.isFinite(x[i])) {
                    m[i] = Math.max(m[i], Math.abs(x[i]));
                }
            }
        }
        return m;
    }
}
