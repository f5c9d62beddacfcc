package nngrade.student.losses;

import nngrade.problems.NotImplementedYet;
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
        throw new NotImplementedYet("loss.binary_cross_entropy");
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
        throw new NotImplementedYet("loss.binary_cross_entropy");
    }
}
