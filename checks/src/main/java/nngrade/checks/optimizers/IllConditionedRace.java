package nngrade.checks.optimizers;

import java.util.Arrays;

/**
 * The race of the notes' claim "momentum reaches a given loss in fewer steps than SGD" on an
 * ill-conditioned quadratic: f(x) = sum_i lambda_i x_i^2 / 2 with N = {@value #N} curvatures
 * lambda_i = 100^(i/(N-1)) from 1 to 100 (condition number 100), from x0 = (1, ..., 1), until
 * f(x) <= {@value #TARGET} f(x0).
 *
 * <p>The steps are counted here, by the loop that calls the optimizer, never by the optimizer.
 * SGD's count is its best over a grid of fixed learning rates covering its whole stable range
 * (0, 2/lambda_max): with 400 points the grid holds the classical optimum 2/(lambda_min +
 * lambda_max) to within 0.5%. On this quadratic SGD at its best needs about 200 steps; tuned
 * momentum and Nesterov about 60, Adam about 25 (the axes are the curvature's, where Adam's
 * per-coordinate scaling pays).
 */
final class IllConditionedRace {

    static final int N = 10;
    /** The loss to reach, relative to the starting loss. */
    static final double TARGET = 1e-6;
    /** A race not finished in this many steps is lost (SGD at its best needs about 200). */
    static final int MAX_STEPS = 2000;
    private static final int GRID = 400;

    static final double LAMBDA_MIN = 1;
    static final double LAMBDA_MAX = 100;

    private IllConditionedRace() {
    }

    static Quadratic quadratic() {
        double[] lambda = new double[N];
        for (int i = 0; i < N; i++) {
            lambda[i] = Math.pow(LAMBDA_MAX / LAMBDA_MIN, i / (N - 1.0)) * LAMBDA_MIN;
        }
        return Quadratic.diagonal(lambda, new double[N]);
    }

    /** @return the steps the stepper needs to reach the target, or MAX_STEPS + 1 if it never does */
    static int stepsToTarget(Stepper stepper) {
        Quadratic f = quadratic();
        double[] x = new double[N];
        Arrays.fill(x, 1);
        double target = TARGET * f.value(x);
        for (int k = 1; k <= MAX_STEPS; k++) {
            stepper.step(x, f::gradient);
            double loss = f.value(x);
            if (loss <= target) {
                return k;
            }
            if (!Double.isFinite(loss)) {
                break;
            }
        }
        return MAX_STEPS + 1;
    }

    /** @return SGD's steps at its best fixed learning rate on the grid (2/lambda_max) j/GRID */
    static int sgdAtItsBestFixedRate() {
        int best = MAX_STEPS + 1;
        for (int j = 1; j < GRID; j++) {
            best = Math.min(best, stepsToTarget(NotesForms.sgd(2 / LAMBDA_MAX * j / GRID)));
        }
        return best;
    }

    /** Fails unless the optimizer, tuned as described, beats SGD at its best fixed rate. */
    static void assertBeatsSgd(String optimizer, Stepper stepper) {
        int steps = stepsToTarget(stepper);
        int sgd = SgdRecord.STEPS;
        if (steps >= sgd) {
            throw new AssertionError(optimizer + " needed " + (steps > MAX_STEPS ? "more than " + MAX_STEPS : steps)
                    + " steps to bring f(x) = sum_i lambda_i x_i^2/2 (lambda from 1 to 100, x0 = 1) below "
                    + TARGET + " f(x0); SGD at its best fixed learning rate needs " + sgd);
        }
    }

    /** SGD's count, a constant of this quadratic: computed once, when first needed. */
    private static final class SgdRecord {
        static final int STEPS = sgdAtItsBestFixedRate();
    }

    /** Heavy-ball tuning for a quadratic with curvatures in [m, L]: lr = 4/(sqrt L + sqrt m)^2. */
    static double heavyBallLr() {
        double s = Math.sqrt(LAMBDA_MAX) + Math.sqrt(LAMBDA_MIN);
        return 4 / (s * s);
    }

    /** Heavy-ball momentum: mu = ((sqrt kappa - 1)/(sqrt kappa + 1))^2. */
    static double heavyBallMu() {
        double r = nesterovMu();
        return r * r;
    }

    /** Nesterov's tuning: eps = 1/L and mu = (sqrt kappa - 1)/(sqrt kappa + 1). */
    static double nesterovMu() {
        double k = Math.sqrt(LAMBDA_MAX / LAMBDA_MIN);
        return (k - 1) / (k + 1);
    }

    static double nesterovEps() {
        return 1 / LAMBDA_MAX;
    }
}
