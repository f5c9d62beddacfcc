package nngrade.reference.losses;

import nngrade.problems.losses.Regularizer;

/**
 * reg.l1: the lasso penalty R(w) = lambda ||w||_1 = lambda sum_i |w_i|, with
 * dR/dw_i = lambda sign(w_i). At w_i = 0 the subdifferential is [-lambda, lambda]; this class
 * returns its midpoint 0 (Math.signum(0) = 0), as torch's sign does.
 */
public class L1Regularizer implements Regularizer {

    private final double lambda;

    /** @param lambda the regularization strength */
    public L1Regularizer(double lambda) {
        this.lambda = lambda;
    }

    /**
     * @param w the weights (not modified)
     * @return lambda sum_i |w_i|
     */
    @Override
    public double value(double[] w) {
        double sum = 0;
        for (double wi : w) {
            sum += Math.abs(wi);
        }
        return lambda * sum;
    }

    /**
     * @param w the weights (not modified)
     * @return lambda sign(w), 0 where w_i = 0
     */
    @Override
    public double[] gradient(double[] w) {
        double[] grad = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            grad[i] = lambda * Math.signum(w[i]);
        }
        return grad;
    }
}
