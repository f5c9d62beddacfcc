package nngrade.checks.quasinewton;

import nngrade.checks.api.ProblemId;
import nngrade.problems.Solutions;
import nngrade.problems.quasinewton.SecantUpdate;

/** qn.bfgs_hessian: H+ = H + q q^T/(q^T p) - H p p^T H/(p^T H p); secant H+ p = q. */
@ProblemId("qn.bfgs_hessian")
class BfgsHessianChecks extends PositiveDefiniteUpdateContract {

    @Override
    protected SecantUpdate of(Solutions s) {
        return s.bfgsHessian();
    }

    @Override
    protected double[][] closedForm(double[][] h, double[] p, double[] q) {
        return ClosedForms.bfgsHessian(h, p, q);
    }

    @Override
    protected boolean hessianForm() {
        return true;
    }
}
