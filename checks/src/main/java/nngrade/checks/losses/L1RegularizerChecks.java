package nngrade.checks.losses;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.Arrays;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Gens;
import nngrade.checks.support.GradientCheck;
import nngrade.checks.support.Tolerance;
import nngrade.problems.Solutions;
import nngrade.problems.losses.Regularizer;
import org.junit.jupiter.api.Test;

/**
 * reg.l1: the lasso penalty R(w) = lambda ||w||_1, dR/dw_i = lambda sign(w_i) for w_i != 0 and
 * any value in the subdifferential [-lambda, lambda] at w_i = 0.
 */
@ProblemId("reg.l1")
class L1RegularizerChecks extends RegularizerContract {

    /** Central differences stay this many steps away from the kink at 0. */
    private static final double KINK_MARGIN = 100 * GradientCheck.STEP;

    @Override
    protected Regularizer of(Solutions s, double lambda) {
        return s.l1Regularizer(lambda);
    }

    @Override
    protected double closedValue(double lambda, double[] w) {
        double sum = 0;
        for (double wi : w) {
            sum += Math.abs(wi);
        }
        return lambda * sum;
    }

    @Override
    protected double closedGradient(double lambda, double wi) {
        return lambda * Math.signum(wi);
    }

    @Override
    protected boolean smoothAt(double wi) {
        return Math.abs(wi) > KINK_MARGIN;
    }

    @Test
    @Weight(2)
    void subgradientAtZeroLiesBetweenMinusLambdaAndLambda() {
        qt().forAll(lambdas(), Gens.vectors(1, 5, Gens.scalars())).checkAssert((lambda, others) -> {
            double[] w = Arrays.copyOf(others, others.length + 1); // the last weight is 0
            double g = subject(lambda).gradient(w.clone())[w.length - 1];
            double slack = Tolerance.AGREEMENT_REL * lambda;
            Expect.that(g >= -lambda - slack && g <= lambda + slack, () -> "dR/dw_i at w_i = 0 (lambda = " + lambda
                    + ", w = " + Arrays.toString(w) + ") is " + g + ", expected a subgradient in [-lambda, lambda] = ["
                    + -lambda + ", " + lambda + "]");
        });
    }
}
