package nngrade.reference.quasinewton;

import nngrade.problems.quasinewton.LineSearch;
import org.ejml.simple.SimpleMatrix;

/**
 * opt.bfgs: the quasi-Newton iteration with the dense inverse-Hessian approximation B, B_0 = I,
 * updated by {@link BfgsInverse} after every step with positive curvature. Storage O(n^2).
 */
public class Bfgs extends QuasiNewtonMinimizer {

    /**
     * @param lineSearch    picks the step along each direction
     * @param eps           stop when ||g|| &lt; eps
     * @param maxIterations the iteration cap
     */
    public Bfgs(LineSearch lineSearch, double eps, int maxIterations) {
        super(lineSearch, eps, maxIterations);
    }

    @Override
    protected Curvature start(int n) {
        return new DenseInverseHessian(n);
    }

    /** B itself, n by n. */
    private static final class DenseInverseHessian implements Curvature {

        private final BfgsInverse update = new BfgsInverse();
        private double[][] b;

        DenseInverseHessian(int n) {
            b = SimpleMatrix.identity(n).toArray2();
        }

        @Override
        public double[] direction(double[] g) {
            return Dense.toArray(Dense.matrix(b).mult(Dense.column(g)).negative());
        }

        @Override
        public void learn(double[] p, double[] q) {
            b = update.update(b, p, q);
        }
    }
}
