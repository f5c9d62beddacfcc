package nngrade.checks.losses;

import nngrade.checks.api.ProblemId;
import nngrade.problems.Solutions;
import nngrade.problems.losses.Regularizer;

/** reg.l2: the ridge penalty R(w) = lambda ||w||^2, dR/dw = 2 lambda w. */
@ProblemId("reg.l2")
class L2RegularizerChecks extends RegularizerContract {

    @Override
    protected Regularizer of(Solutions s, double lambda) {
        return s.l2Regularizer(lambda);
    }

    @Override
    protected double closedValue(double lambda, double[] w) {
        double sum = 0;
        for (double wi : w) {
            sum += wi * wi;
        }
        return lambda * sum;
    }

    @Override
    protected double closedGradient(double lambda, double wi) {
        return 2 * lambda * wi;
    }
}
