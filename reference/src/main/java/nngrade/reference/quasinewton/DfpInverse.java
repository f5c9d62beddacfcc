package nngrade.reference.quasinewton;

import org.ejml.simple.SimpleMatrix;

/**
 * qn.dfp_inverse, the Davidon-Fletcher-Powell update of the inverse-Hessian approximation: the
 * notes' rank-two construction applied to B with the roles of p and q exchanged,
 * B+ = B + p p^T/(p^T q) - B q q^T B/(q^T B q).
 *
 * <p>Secant: B+ q = B q + p - B q = p. It is not BFGS: it is the inverse of the dual Hessian
 * update H+ = (I - q p^T/(q^T p)) H (I - p q^T/(q^T p)) + q q^T/(q^T p), and minimizes the change
 * of B in the norm weighted by H^-1 where BFGS uses H. Skipped unless q^T p &gt; 0; B is
 * symmetric positive definite, so q^T B q &gt; 0.
 */
public class DfpInverse extends CurvatureGuardedUpdate {

    @Override
    protected SimpleMatrix apply(SimpleMatrix b, SimpleMatrix p, SimpleMatrix q, double qp) {
        SimpleMatrix bq = b.mult(q); // B q; q^T B = (B q)^T because B is symmetric
        double qBq = q.dot(bq);
        return b.plus(p.mult(p.transpose()).divide(qp))
                .minus(bq.mult(bq.transpose()).divide(qBq));
    }
}
