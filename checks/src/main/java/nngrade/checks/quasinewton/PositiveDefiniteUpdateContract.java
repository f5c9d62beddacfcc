package nngrade.checks.quasinewton;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.List;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Lazily;
import nngrade.checks.support.LinearAlgebra;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The rank-two updates (BFGS on H and on B, DFP on B): on top of the secant contract they keep a
 * symmetric positive definite matrix positive definite whenever q^T p &gt; 0, and they are skipped
 * without it.
 */
public abstract class PositiveDefiniteUpdateContract extends SecantUpdateContract {

    @Override
    protected Gen<UpdateCase> cases() {
        return UpdateCases.positiveCurvature();
    }

    @Override
    protected List<UpdateCase> skipped() {
        return UpdateCases.withoutPositiveCurvature();
    }

    @Test
    @Weight(2)
    void keepsPositiveDefinitenessWhenTheCurvatureIsPositive() {
        var update = subject();
        qt().forAll(cases()).checkAssert(c -> Lazily.that(
                LinearAlgebra.isPositiveDefinite(updated(update, c)),
                () -> "the updated matrix is not positive definite (Cholesky of its symmetric part fails), "
                        + "although the matrix was and q^T p = " + LinearAlgebra.dot(c.q(), c.p()) + " > 0"));
    }
}
