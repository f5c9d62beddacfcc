package nngrade.student.losses;

import nngrade.problems.losses.Regularizer;

/**
 * reg.l2: the ridge penalty R(w) = lambda ||w||^2.
 */
public class L2Regularizer implements Regularizer {

    private final double lambda;

    /**
     * @param lambda the regularization strength
     */
    public L2Regularizer(double lambda) {
        this.lambda = lambda;
    }

    /**
     * @param w the weights (not modified)
     * @return lambda sum_i w_i^2
     */
    @Override
    public double value(double[] w) {
        double squares = 0.0;
        for (double wi : w) {
            squares += wi * wi;
        }
        return lambda * squares;
    }

    /**
     * @param w the weights (not modified)
     * @return dR/dw = 2 lambda w
     */
    @Override
    public double[] gradient(double[] w) {
        double twoLambda = 2.0 * lambda;
        double[] g = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            g[i] = twoLambda * w[i];
        }
        return g;
    }
}
