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
 * qn.bfgs_inverse: B+ = (I - p q^T/(q^T p)) B (I - q p^T/(q^T p)) + p p^T/(q^T p); secant
 * B+ q = p. What the notes' Sherman-Morrison derivation proves: when B = H^-1, B+ is exactly the
 * inverse of the BFGS update of H. DFP satisfies the same secant equation and keeps positive
 * definiteness too, but is not that inverse: a submission that swaps them fails here.
 */
@ProblemId("qn.bfgs_inverse")
class BfgsInverseChecks extends PositiveDefiniteUpdateContract {

    @Override
    protected SecantUpdate of(Solutions s) {
        return s.bfgsInverse();
    }

    @Override
    protected double[][] closedForm(double[][] b, double[] p, double[] q) {
        return ClosedForms.bfgsInverse(b, p, q);
    }

    @Override
    protected boolean hessianForm() {
        return false;
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void isTheInverseOfTheBfgsHessianUpdate() {
        SecantUpdate update = subject();
        qt().forAll(cases()).checkAssert(c -> {
            double[][] h = c.matrix();
            double[][] hNext = ClosedForms.bfgsHessian(h, c.p(), c.q());
            double[][] bNext = updated(update, new UpdateCase(LinearAlgebra.inverse(h), c.p(), c.q()));
            InverseRelation.assertInverse("B+ from B = H^-1 against H+ = H + q q^T/(q^T p) - H p p^T H/(p^T H p)",
                    bNext, hNext);
        });
    }
}
