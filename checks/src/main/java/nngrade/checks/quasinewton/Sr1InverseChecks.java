package nngrade.checks.quasinewton;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.List;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.LinearAlgebra;
import nngrade.problems.Solutions;
import nngrade.problems.quasinewton.SecantUpdate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * qn.sr1_inverse: B+ = B + w w^T/(w^T q), w = p - B q; secant B+ q = p; symmetric; skipped when
 * |w^T q| &lt;= {@value Sr1HessianChecks#SKIP_TOLERANCE} ||w|| ||q||. SR1 is its own dual: with
 * B = H^-1, B+ is the inverse of the SR1 update of H (Sherman-Morrison on the rank-one term).
 */
@ProblemId("qn.sr1_inverse")
class Sr1InverseChecks extends SecantUpdateContract {

    @Override
    protected SecantUpdate of(Solutions s) {
        return s.sr1Inverse(Sr1HessianChecks.SKIP_TOLERANCE);
    }

    @Override
    protected double[][] closedForm(double[][] b, double[] p, double[] q) {
        return ClosedForms.sr1Inverse(b, p, q);
    }

    @Override
    protected boolean hessianForm() {
        return false;
    }

    @Override
    protected Gen<UpdateCase> cases() {
        return UpdateCases.rankOne(false);
    }

    @Override
    protected List<UpdateCase> skipped() {
        return UpdateCases.rankOneSkipped(false);
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void isTheInverseOfTheSr1HessianUpdate() {
        SecantUpdate update = subject();
        qt().forAll(UpdateCases.rankOnePositive(true)).checkAssert(c -> {
            double[][] h = c.matrix();
            double[][] hNext = ClosedForms.sr1Hessian(h, c.p(), c.q());
            double[][] bNext = updated(update, new UpdateCase(LinearAlgebra.inverse(h), c.p(), c.q()));
            InverseRelation.assertInverse("B+ from B = H^-1 against H+ = H + v v^T/(v^T p)", bNext, hNext);
        });
    }
}
