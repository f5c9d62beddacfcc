package nngrade.reference.quasinewton;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import nngrade.problems.quasinewton.LineSearch;

/**
 * opt.lbfgs: the quasi-Newton iteration without B. The notes: "instead of storing B_k, we can
 * store the previous last several p and q"; B_k g is then the BFGS recurrence
 * B+ = (I - rho p q^T) B (I - rho q p^T) + rho p p^T, rho = 1/(q^T p), unrolled over the last r
 * pairs from B_0 = I and applied to g without forming a matrix: the two-loop recursion. Storage
 * O(r n), time O(r n) per direction. With no pair dropped yet, the directions are exactly those
 * of BFGS from B_0 = I.
 */
public class Lbfgs extends QuasiNewtonMinimizer {

    private final int memory;

    /**
     * @param lineSearch    picks the step along each direction
     * @param memory        r, the number of pairs kept
     * @param eps           stop when ||g|| &lt; eps
     * @param maxIterations the iteration cap
     * @throws IllegalArgumentException if memory &lt; 1
     */
    public Lbfgs(LineSearch lineSearch, int memory, double eps, int maxIterations) {
        super(lineSearch, eps, maxIterations);
        if (memory < 1) {
            throw new IllegalArgumentException("the memory r must be at least 1, got " + memory);
        }
        this.memory = memory;
    }

    @Override
    protected Curvature start(int n) {
        return new LastPairs(memory);
    }

    /** One stored step: p, q and rho = 1/(q^T p). */
    private record Pair(double[] p, double[] q, double rho) {
    }

    /** The last r pairs, oldest first. */
    private static final class LastPairs implements Curvature {

        private final int capacity;
        private final Deque<Pair> pairs = new ArrayDeque<>();

        LastPairs(int capacity) {
            this.capacity = capacity;
        }

        @Override
        public void learn(double[] p, double[] q) {
            if (pairs.size() == capacity) {
                pairs.removeFirst();
            }
            pairs.addLast(new Pair(p, q, 1 / Vectors.dot(q, p)));
        }

        /**
         * The two-loop recursion: a = g; newest to oldest: alpha_i = rho_i p_i^T a,
         * a -= alpha_i q_i; then B_0 a = a (B_0 = I); oldest to newest: beta = rho_i q_i^T a,
         * a += (alpha_i - beta) p_i. Then a = B g, and d = -a.
         */
        @Override
        public double[] direction(double[] g) {
            double[] a = g.clone();
            double[] alphas = new double[pairs.size()];
            int i = pairs.size();
            for (Iterator<Pair> it = pairs.descendingIterator(); it.hasNext();) {
                Pair pair = it.next();
                alphas[--i] = pair.rho() * Vectors.dot(pair.p(), a);
                axpy(-alphas[i], pair.q(), a);
            }
            for (Pair pair : pairs) {
                double beta = pair.rho() * Vectors.dot(pair.q(), a);
                axpy(alphas[i++] - beta, pair.p(), a);
            }
            for (int j = 0; j < a.length; j++) {
                a[j] = -a[j];
            }
            return a;
        }

        /** a += s v, in place on the working vector a of the recursion. */
        private static void axpy(double s, double[] v, double[] a) {
            for (int j = 0; j < a.length; j++) {
                a[j] += s * v[j];
            }
        }
    }
}
