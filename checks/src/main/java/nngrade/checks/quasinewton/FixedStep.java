package nngrade.checks.quasinewton;

import nngrade.problems.quasinewton.LineSearch;
import nngrade.problems.quasinewton.Objective;

/** A "line search" that always returns the same step: it steers a minimizer where a check wants it. */
final class FixedStep implements LineSearch {

    private final double alpha;

    FixedStep(double alpha) {
        this.alpha = alpha;
    }

    @Override
    public double step(Objective f, double[] x, double[] d) {
        return alpha;
    }
}
