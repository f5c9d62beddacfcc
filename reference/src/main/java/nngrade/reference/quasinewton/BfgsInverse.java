package nngrade.reference.quasinewton;

import org.ejml.simple.SimpleMatrix;

/**
 * qn.bfgs_inverse, the BFGS update of the inverse-Hessian approximation, as the notes derive it
 * from the Hessian form by Sherman-Morrison:
 * B+ = (I - p q^T/(q^T p)) B (I - q p^T/(q^T p)) + p p^T/(q^T p).
 *
 * <p>Secant: (I - q p^T/(q^T p)) q = q - q = 0, so B+ q = p (p^T q)/(q^T p) = p. With E =
 * I - p q^T/(q^T p), B+ = E B E^T + p p^T/(q^T p) is positive definite when B is and
 * q^T p &gt; 0: for x != 0, x^T B+ x = (E^T x)^T B (E^T x) + (p^T x)^2/(q^T p), and the two
 * terms cannot vanish together. Skipped unless q^T p &gt; 0.
 */
public class BfgsInverse extends CurvatureGuardedUpdate {

    @Override
    protected SimpleMatrix apply(SimpleMatrix b, SimpleMatrix p, SimpleMatrix q, double qp) {
        SimpleMatrix e = SimpleMatrix.identity(p.getNumRows()).minus(p.mult(q.transpose()).divide(qp));
        return e.mult(b).mult(e.transpose()).plus(p.mult(p.transpose()).divide(qp));
    }
}
