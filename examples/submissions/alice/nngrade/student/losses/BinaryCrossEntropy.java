package nngrade.student.losses;

import nngrade.problems.losses.Loss;

/**
 * loss.binary_cross_entropy on logits z, targets y in [0, 1]: L = -sum_i [y_i log sigma(z_i) + (1 -
 * y_i) log(1 - sigma(z_i))].
 */
public class BinaryCrossEntropy implements Loss {

    /**
     * Use the stable form L = sum_i max(z_i, 0) - z_i y_i + log(1 + e^-|z_i|) (log1p), finite at z
     * = +-1000.
     *
     * @param prediction the logits z (not modified)
     * @param target the targets y in [0, 1] (not modified)
     * @return the loss value
     */
    @Override
    public double value(double[] prediction, double[] target) {
        if (target.length != prediction.length) {
            throw new IllegalArgumentException("target has length " + target.length + " but prediction has " + prediction.length);
        }
        double loss = 0.0;
        for (int i = 0; i < prediction.length; i++) {
            double z = prediction[i];
            double y = target[i];
            // -log sigma(z) = log(1 + e^-z) and -log(1 - sigma(z)) = log(1 + e^z); take the
            // exponent that is <= 0 and move the linear part out of the log
            if (z >= 0) {
                loss += (1.0 - y) * z + Math.log1p(Math.exp(-z));
            } else {
                loss += -y * z + Math.log1p(Math.exp(z));
            }
        }
        return loss;
    }

    /**
     * dL/dz = sigma(z) - y.
     *
     * @param prediction the logits z (not modified)
     * @param target the targets y in [0, 1] (not modified)
     * @return d(value)/d(prediction)
     */
    @Override
    public double[] gradient(double[] prediction, double[] target) {
        if (target.length != prediction.length) {
            throw new IllegalArgumentException("target has length " + target.length + " but prediction has " + prediction.length);
        }
        double[] g = new double[prediction.length];
        for (int i = 0; i < g.length; i++) {
            // sigma(z) = (1 + tanh(z/2)) / 2, which cannot overflow
            double sigma = 0.5 * (1.0 + Math.tanh(0.5 * prediction[i]));
            g[i] = sigma - target[i];
        }
        return g;
    }
}
