package nngrade.checks.quasinewton;

import static nngrade.checks.support.LinearAlgebra.dot;
import static nngrade.checks.support.LinearAlgebra.identity;
import static nngrade.checks.support.LinearAlgebra.minus;
import static nngrade.checks.support.LinearAlgebra.outer;
import static nngrade.checks.support.LinearAlgebra.plusScaled;
import static nngrade.checks.support.LinearAlgebra.times;

/**
 * The update formulas of the notes, written out literally (matrix products, no shortcuts) so that
 * a check compares a submission with the formula itself. Every method returns a new matrix.
 */
final class ClosedForms {

    private ClosedForms() {
    }

    /** SR1 on H: H + v v^T/(v^T p), v = q - H p. */
    static double[][] sr1Hessian(double[][] h, double[] p, double[] q) {
        double[] v = minus(q, times(h, p));
        return plusScaled(h, 1 / dot(v, p), outer(v, v));
    }

    /** SR1 on B: B + w w^T/(w^T q), w = p - B q. */
    static double[][] sr1Inverse(double[][] b, double[] p, double[] q) {
        double[] w = minus(p, times(b, q));
        return plusScaled(b, 1 / dot(w, q), outer(w, w));
    }

    /** BFGS on H: H + q q^T/(q^T p) - H p p^T H/(p^T H p). */
    static double[][] bfgsHessian(double[][] h, double[] p, double[] q) {
        double[][] hppth = times(times(h, outer(p, p)), h);
        double pHp = dot(p, times(h, p));
        return plusScaled(plusScaled(h, 1 / dot(q, p), outer(q, q)), -1 / pHp, hppth);
    }

    /** BFGS on B: (I - p q^T/(q^T p)) B (I - q p^T/(q^T p)) + p p^T/(q^T p). */
    static double[][] bfgsInverse(double[][] b, double[] p, double[] q) {
        double qp = dot(q, p);
        double[][] left = plusScaled(identity(p.length), -1 / qp, outer(p, q));
        double[][] right = plusScaled(identity(p.length), -1 / qp, outer(q, p));
        return plusScaled(times(times(left, b), right), 1 / qp, outer(p, p));
    }

    /** DFP on B: B + p p^T/(p^T q) - B q q^T B/(q^T B q). */
    static double[][] dfpInverse(double[][] b, double[] p, double[] q) {
        double[][] bqqtb = times(times(b, outer(q, q)), b);
        double qBq = dot(q, times(b, q));
        return plusScaled(plusScaled(b, 1 / dot(p, q), outer(p, p)), -1 / qBq, bqqtb);
    }

    /**
     * DFP on H, the dual of BFGS on B (p and q exchanged):
     * (I - q p^T/(q^T p)) H (I - p q^T/(q^T p)) + q q^T/(q^T p); its inverse is the DFP update
     * of B = H^-1.
     */
    static double[][] dfpHessian(double[][] h, double[] p, double[] q) {
        return bfgsInverse(h, q, p);
    }
}
