package nngrade.problems.quasinewton;

/**
 * One quasi-Newton update of a curvature matrix from one step (qn.sr1_hessian, qn.sr1_inverse,
 * qn.bfgs_hessian, qn.bfgs_inverse, qn.dfp_inverse), as a pure function of (matrix, p, q).
 *
 * <p>Notation of the notes: p = theta_{k+1} - theta_k, q = grad J(theta_{k+1}) - grad J(theta_k);
 * H approximates the Hessian and must satisfy the secant equation H+ p = q after the update; B
 * approximates its inverse and must satisfy B+ q = p.
 *
 * <p>Every update documents when it is skipped (its denominator is zero, or the curvature
 * q^T p is not positive): then it returns an unchanged copy of the matrix.
 */
public interface SecantUpdate {

    /**
     * @param matrix H or B, n by n and symmetric (not modified)
     * @param p      the step theta_{k+1} - theta_k, length n (not modified)
     * @param q      the change of the gradient, length n (not modified)
     * @return a new n by n array: the updated matrix, or a copy of {@code matrix} where the update
     *     is skipped
     * @throws IllegalArgumentException if p or q holds a NaN or an infinity
     */
    double[][] update(double[][] matrix, double[] p, double[] q);
}
