package nngrade.student.losses;

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
        double norm = 0.0;
        for (double wi : w) {
            norm += Math.abs(wi);
        }
        return lambda * norm;
    }

    /**
     * @param w the weights (not modified)
     * @return dR/dw_i = lambda sign(w_i); at w_i = 0 any value in [-lambda, lambda] is accepted
     */
    @Override
    public double[] gradient(double[] w) {
        double[] g = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            // at w_i = 0 this picks +lambda, the right end of the subdifferential [-lambda, lambda]
            g[i] = w[i] >= 0 ? lambda : -lambda;
        }
        return g;
    }
}
