package nngrade.checks.quasinewton;

import java.util.List;
import nngrade.checks.api.ProblemId;
import nngrade.problems.Solutions;
import nngrade.problems.quasinewton.SecantUpdate;
import org.quicktheories.core.Gen;

/**
 * qn.sr1_hessian: H+ = H + v v^T/(v^T p), v = q - H p; secant H+ p = q; symmetric. Applied even
 * when q^T p &lt; 0 (the generated pairs include such), skipped when
 * |v^T p| &lt;= {@value #SKIP_TOLERANCE} ||v|| ||p||.
 */
@ProblemId("qn.sr1_hessian")
class Sr1HessianChecks extends SecantUpdateContract {

    /** The skip tolerance r handed to the submission. */
    static final double SKIP_TOLERANCE = 1e-8;

    @Override
    protected SecantUpdate of(Solutions s) {
        return s.sr1Hessian(SKIP_TOLERANCE);
    }

    @Override
    protected double[][] closedForm(double[][] h, double[] p, double[] q) {
        return ClosedForms.sr1Hessian(h, p, q);
    }

    @Override
    protected boolean hessianForm() {
        return true;
    }

    @Override
    protected Gen<UpdateCase> cases() {
        return UpdateCases.rankOne(true);
    }

    @Override
    protected List<UpdateCase> skipped() {
        return UpdateCases.rankOneSkipped(true);
    }
}
