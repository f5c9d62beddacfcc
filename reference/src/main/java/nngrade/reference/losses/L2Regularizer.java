package nngrade.reference.losses;

import nngrade.problems.losses.Regularizer;

/** reg.l2: the ridge penalty R(w) = lambda ||w||^2 = lambda sum_i w_i^2, dR/dw = 2 lambda w. */
public class L2Regularizer implements Regularizer {

    private final double lambda;

    /** @param lambda the regularization strength */
    public L2Regularizer(double lambda) {
        this.lambda = lambda;
    }

    /**
     * @param w the weights (not modified)
     * @return lambda sum_i w_i^2
     */
    @Override
    public double value(double[] w) {
        double sum = 0;
        for (double wi : w) {
            sum += wi * wi;
        }
        return lambda * sum;
    }

    /**
     * @param w the weights (not modified)
     * @return 2 lambda w
     */
    @Override
    public double[] gradient(double[] w) {
        double[] grad = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            grad[i] = 2 * lambda * w[i];
        }
        return grad;
    }
}
