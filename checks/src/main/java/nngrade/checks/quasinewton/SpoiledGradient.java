package nngrade.checks.quasinewton;

import java.util.Arrays;
import nngrade.problems.quasinewton.Objective;

/** An objective whose gradient turns into {@code bad} (NaN or an infinity) from a given evaluation on. */
final class SpoiledGradient implements Objective {

    private final Objective inner;
    private final int from;
    private final double bad;
    private int calls;

    /** @param from the number of good gradient evaluations before the bad ones */
    SpoiledGradient(Objective inner, int from, double bad) {
        this.inner = inner;
        this.from = from;
        this.bad = bad;
    }

    @Override
    public double value(double[] x) {
        return inner.value(x);
    }

    @Override
    public double[] gradient(double[] x) {
        double[] g = inner.gradient(x);
        if (calls++ >= from) {
            Arrays.fill(g, bad);
        }
        return g;
    }
}
