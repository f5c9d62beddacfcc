package nngrade.reference.quasinewton;

import nngrade.problems.quasinewton.SecantUpdate;
import org.ejml.simple.SimpleMatrix;

/**
 * The rank-two updates (BFGS, DFP) divide by q^T p and keep a positive definite matrix positive
 * definite only when the curvature q^T p along the step is positive. Without it the update is
 * skipped and the matrix returned unchanged, as a copy. A subclass states its formula.
 */
abstract class CurvatureGuardedUpdate implements SecantUpdate {

    /**
     * @param m  H or B as an EJML matrix (a copy; may be used freely)
     * @param p  the step, a column vector
     * @param q  the change of the gradient, a column vector
     * @param qp q^T p, positive
     * @return the updated matrix
     */
    protected abstract SimpleMatrix apply(SimpleMatrix m, SimpleMatrix p, SimpleMatrix q, double qp);

    /**
     * @param matrix H or B, symmetric positive definite (not modified)
     * @param p      the step (not modified)
     * @param q      the change of the gradient (not modified)
     * @return the updated matrix, or a copy of matrix unless q^T p &gt; 0
     * @throws IllegalArgumentException if p or q is not finite
     */
    @Override
    public double[][] update(double[][] matrix, double[] p, double[] q) {
        Finite.require(p, "p");
        Finite.require(q, "q");
        SimpleMatrix pc = Dense.column(p);
        SimpleMatrix qc = Dense.column(q);
        double qp = qc.dot(pc);
        if (!(qp > 0)) {
            return Dense.copy(matrix);
        }
        return Dense.symmetrized(apply(Dense.matrix(matrix), pc, qc, qp));
    }
}
