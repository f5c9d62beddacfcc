package nngrade.student.activations;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.activations.GatedGradients;
import nngrade.problems.activations.GatedUnit;

/**
 * The gated linear unit family: Y = g(X W + b) (.) (X V + c). Shapes: X is (n, in), W and V are
 * (in, out), b and c have length out, Y is (n, out).
 *
 * <p>Write forward and backward once here, in terms of gate and gateDerivative; each subclass (Glu,
 * Bilinear, Reglu, Geglu, Swiglu) gives its own gate g.
 */
public abstract class GatedLinearUnit implements GatedUnit {

    private final String problemId;

    /** @param problemId the catalogue id of the concrete unit, reported while this is not done */
    protected GatedLinearUnit(String problemId) {
        this.problemId = problemId;
    }

    /**
     * @param a one element of the pre-activation A = X W + b
     * @return g(a)
     */
    public abstract double gate(double a);

    /**
     * @param a one element of A
     * @return g'(a)
     */
    public abstract double gateDerivative(double a);

    /**
     * Y = g(X W + b) (.) (X V + c), with (.) the elementwise product.
     *
     * @param x X, n by in (not modified)
     * @param w W, in by out (not modified)
     * @param b b, length out (not modified)
     * @param v V, in by out (not modified)
     * @param c c, length out (not modified)
     * @return Y, n by out
     */
    @Override
    public double[][] forward(double[][] x, double[][] w, double[] b, double[][] v, double[] c) {
        throw new NotImplementedYet(problemId);
    }

    /**
     * With A = X W + b and B = X V + c: dA = dY (.) B (.) g'(A) and dB = dY (.) g(A); then dW = X^T
     * dA, db = column sums of dA, dV = X^T dB, dc = column sums of dB, and dX = dA W^T + dB V^T (X
     * feeds both projections).
     *
     * @param x X, n by in (not modified)
     * @param w W, in by out (not modified)
     * @param b b, length out (not modified)
     * @param v V, in by out (not modified)
     * @param c c, length out (not modified)
     * @param dy dL/dY, n by out (not modified)
     * @return dX, dW, db, dV, dc
     */
    @Override
    public GatedGradients backward(double[][] x, double[][] w, double[] b, double[][] v,
            double[] c, double[][] dy) {
        throw new NotImplementedYet(problemId);
    }
}
