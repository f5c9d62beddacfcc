package nngrade.checks.quasinewton;

import java.util.ArrayList;
import java.util.List;
import nngrade.checks.support.LinearAlgebra;
import nngrade.problems.quasinewton.Objective;

/**
 * The directions a quasi-Newton minimizer must have taken, recomputed by the check from the points
 * it visited: with g_k = grad J(theta_k), p_k = theta_{k+1} - theta_k and q_k = g_{k+1} - g_k,
 * B_0 = I and B_{k+1} = the notes' BFGS update of B_k by (p_k, q_k) where q_k^T p_k &gt; 0,
 * the direction at theta_k is -B_k g_k.
 *
 * <p>For L-BFGS with memory r the check rebuilds B_k densely, from I, over the last r pairs that
 * were kept: the same matrix the two-loop recursion applies, computed another way.
 */
final class ExpectedDirections {

    private ExpectedDirections() {
    }

    /**
     * @param points theta_0, ..., theta_K as the line search saw them
     * @param f      the check's own objective
     * @param memory the number of pairs kept, or Integer.MAX_VALUE for full BFGS
     * @return -B_k g_k for k = 0..K-1
     */
    static List<double[]> of(List<double[]> points, Objective f, int memory) {
        List<double[]> gradients = new ArrayList<>();
        for (double[] x : points) {
            gradients.add(f.gradient(x));
        }
        List<double[][]> pairs = new ArrayList<>(); // {p, q}, oldest first
        List<double[]> directions = new ArrayList<>();
        double[][] b = LinearAlgebra.identity(points.get(0).length);
        for (int k = 0; k + 1 < points.size(); k++) {
            directions.add(LinearAlgebra.scaled(-1, LinearAlgebra.times(b, gradients.get(k))));
            double[] p = LinearAlgebra.minus(points.get(k + 1), points.get(k));
            double[] q = LinearAlgebra.minus(gradients.get(k + 1), gradients.get(k));
            if (LinearAlgebra.dot(q, p) > 0) {
                pairs.add(new double[][] {p, q});
                b = pairs.size() > memory ? fromLastPairs(pairs, memory, p.length)
                        : ClosedForms.bfgsInverse(b, p, q);
            }
        }
        return directions;
    }

    /** @return B rebuilt from I over the last {@code memory} pairs, oldest first */
    private static double[][] fromLastPairs(List<double[][]> pairs, int memory, int n) {
        double[][] b = LinearAlgebra.identity(n);
        for (double[][] pair : pairs.subList(pairs.size() - memory, pairs.size())) {
            b = ClosedForms.bfgsInverse(b, pair[0], pair[1]);
        }
        return b;
    }
}
