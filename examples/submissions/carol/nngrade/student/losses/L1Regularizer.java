package nngrade.student.losses;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.losses.Regularizer;

/**
 * reg.l1: the lasso penalty R(w) = lambda ||w||_1.
 */
public class L1Regularizer implements Regularizer {

    private final double lambda;

    /**
     * @param lambda the regularization strength
     */
    public L1Regularizer(double lambda) {
        this.lambda = lambda;
    }

    /**
     * @param w the weights (not modified)
     * @return lambda sum_i |w_i|
     */
    @Override
    public double value(double[] w) {
        throw new NotImplementedYet("reg.l1");
    }

    /**
     * @param w the weights (not modified)
     * @return dR/dw_i = lambda sign(w_i); at w_i = 0 any value in [-lambda, lambda] is accepted
     */
    @Override
    public double[] gradient(double[] w) {
        throw new NotImplementedYet("reg.l1");
    }
}
