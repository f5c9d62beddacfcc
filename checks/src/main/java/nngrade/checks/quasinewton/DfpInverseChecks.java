package nngrade.checks.quasinewton;

import static nngrade.checks.api.CheckSettings.qt;

import nngrade.checks.api.Anchor;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.LinearAlgebra;
import nngrade.problems.Solutions;
import nngrade.problems.quasinewton.SecantUpdate;
import org.junit.jupiter.api.Test;

/**
 * qn.dfp_inverse: B+ = B + p p^T/(p^T q) - B q q^T B/(q^T B q); secant B+ q = p. It is the
 * inverse of the dual update H+ = (I - q p^T/(q^T p)) H (I - p q^T/(q^T p)) + q q^T/(q^T p), not
 * of the BFGS one: a submission that hands in BFGS here fails.
 */
@ProblemId("qn.dfp_inverse")
class DfpInverseChecks extends PositiveDefiniteUpdateContract {

    @Override
    protected SecantUpdate of(Solutions s) {
        return s.dfpInverse();
    }

    @Override
    protected double[][] closedForm(double[][] b, double[] p, double[] q) {
        return ClosedForms.dfpInverse(b, p, q);
    }

    @Override
    protected boolean hessianForm() {
        return false;
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void isTheInverseOfTheDualHessianUpdate() {
        SecantUpdate update = subject();
        qt().forAll(cases()).checkAssert(c -> {
            double[][] h = c.matrix();
            double[][] hNext = ClosedForms.dfpHessian(h, c.p(), c.q());
            double[][] bNext = updated(update, new UpdateCase(LinearAlgebra.inverse(h), c.p(), c.q()));
            InverseRelation.assertInverse(
                    "B+ from B = H^-1 against H+ = (I - q p^T/(q^T p)) H (I - p q^T/(q^T p)) + q q^T/(q^T p)",
                    bNext, hNext);
        });
    }
}
