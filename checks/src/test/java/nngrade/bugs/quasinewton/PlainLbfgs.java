package nngrade.bugs.quasinewton;

import static nngrade.checks.support.LinearAlgebra.dot;
import static nngrade.checks.support.LinearAlgebra.minus;
import static nngrade.checks.support.LinearAlgebra.norm;
import static nngrade.checks.support.LinearAlgebra.plusScaled;
import static nngrade.checks.support.LinearAlgebra.scaled;

import java.util.ArrayList;
import java.util.List;
import nngrade.problems.quasinewton.LineSearch;
import nngrade.problems.quasinewton.Minimizer;
import nngrade.problems.quasinewton.Objective;

/**
 * L-BFGS as a student writes it, in plain Java; each bug overrides one step of it. Unchanged, it
 * is correct.
 */
public class PlainLbfgs implements Minimizer {

    private final LineSearch lineSearch;
    protected final int memory;
    private final double eps;
    private final int maxIterations;

    public PlainLbfgs(LineSearch lineSearch, int memory, double eps, int maxIterations) {
        this.lineSearch = lineSearch;
        this.memory = memory;
        this.eps = eps;
        this.maxIterations = maxIterations;
    }

    @Override
    public double[] minimize(Objective f, double[] x0) {
        checkMemory();
        double[] x = x0.clone();
        double[] g = gradient(f, x);
        List<double[][]> pairs = new ArrayList<>(); // {p, q}, oldest first
        for (int k = 0; k < maxIterations && norm(g) >= eps; k++) {
            double[] d = scaled(-1, twoLoop(pairs, g));
            double alpha = lineSearch.step(f, x, d);
            double[] next = plusScaled(x, alpha, d);
            double[] gNext = gradient(f, next);
            double[] p = minus(next, x);
            double[] q = minus(gNext, g);
            if (dot(q, p) > 0) {
                remember(pairs, p, q);
            } else {
                refused(pairs);
            }
            x = next;
            g = gNext;
        }
        return x;
    }

    /** @throws IllegalArgumentException if the memory is below 1, as the contract says */
    protected void checkMemory() {
        if (memory < 1) {
            throw new IllegalArgumentException("the memory must be at least 1, got " + memory);
        }
    }

    /** A pair refused for its curvature: the kept pairs stay as they are, as the contract says. */
    protected void refused(List<double[][]> pairs) {
    }

    /** Appends the pair and drops the oldest beyond the memory. */
    protected void remember(List<double[][]> pairs, double[] p, double[] q) {
        pairs.add(new double[][] {p, q});
        if (pairs.size() > memory) {
            pairs.remove(0);
        }
    }

    /** @return B g by the two-loop recursion, B_0 = I */
    protected double[] twoLoop(List<double[][]> pairs, double[] g) {
        double[] a = g.clone();
        double[] alphas = new double[pairs.size()];
        for (int i = pairs.size() - 1; i >= 0; i--) {
            double[] p = pairs.get(i)[0];
            double[] q = pairs.get(i)[1];
            alphas[i] = dot(p, a) / dot(q, p);
            a = plusScaled(a, -alphas[i], q);
        }
        for (int i = 0; i < pairs.size(); i++) {
            double[] p = pairs.get(i)[0];
            double[] q = pairs.get(i)[1];
            double beta = dot(q, a) / dot(q, p);
            a = plusScaled(a, alphas[i] - beta, p);
        }
        return a;
    }

    private static double[] gradient(Objective f, double[] x) {
        double[] g = f.gradient(x);
        for (double v : g) {
            if (!Double.isFinite(v)) {
                throw new ArithmeticException("gradient not finite");
            }
        }
        return g;
    }
}
