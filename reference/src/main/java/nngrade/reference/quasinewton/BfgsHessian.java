package nngrade.reference.quasinewton;

import org.ejml.simple.SimpleMatrix;

/**
 * qn.bfgs_hessian, the rank-two update of the Hessian approximation:
 * H+ = H + q q^T/(q^T p) - H p p^T H/(p^T H p).
 *
 * <p>Secant: H+ p = H p + q (q^T p)/(q^T p) - H p (p^T H p)/(p^T H p) = q. Skipped unless
 * q^T p &gt; 0; H is symmetric positive definite, so p^T H p &gt; 0 for the p != 0 that
 * q^T p &gt; 0 implies.
 */
public class BfgsHessian extends CurvatureGuardedUpdate {

    @Override
    protected SimpleMatrix apply(SimpleMatrix h, SimpleMatrix p, SimpleMatrix q, double qp) {
        SimpleMatrix hp = h.mult(p); // H p; p^T H = (H p)^T because H is symmetric
        double pHp = p.dot(hp);
        return h.plus(q.mult(q.transpose()).divide(qp))
                .minus(hp.mult(hp.transpose()).divide(pHp));
    }
}
