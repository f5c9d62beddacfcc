package nngrade.reference.losses;

import nngrade.problems.losses.Loss;
import nngrade.reference.Shapes;
import nngrade.reference.activations.Sigmoid;

/**
 * loss.binary_cross_entropy on logits: the logistic-regression loss
 * L = -sum_i [y_i log sigma(z_i) + (1 - y_i) log(1 - sigma(z_i))] for targets y_i in [0, 1].
 *
 * <p>Since log sigma(z) = -log(1 + e^-z) and log(1 - sigma(z)) = -z - log(1 + e^-z), each term
 * equals z - z y + log(1 + e^-z) = max(z, 0) - z y + log(1 + e^-|z|). That last form never
 * exponentiates a positive number (no overflow at z = -1000) and never takes log of a sigmoid
 * that rounded to 0 or 1 (no infinity at z = +-1000); log1p keeps the small tail term accurate.
 *
 * <p>Gradient: dL/dz_i = sigma(z_i) - y_i.
 */
public class BinaryCrossEntropy implements Loss {

    /**
     * @param z the logits (not modified)
     * @param y the targets in [0, 1] (not modified)
     * @return sum_i max(z_i, 0) - z_i y_i + log(1 + e^-|z_i|)
     */
    @Override
    public double value(double[] z, double[] y) {
        Shapes.requireSameLength(z, y, "logits and target");
        double loss = 0;
        for (int i = 0; i < z.length; i++) {
            loss += Math.max(z[i], 0) - z[i] * y[i] + Math.log1p(Math.exp(-Math.abs(z[i])));
        }
        return loss;
    }

    /**
     * @param z the logits (not modified)
     * @param y the targets (not modified)
     * @return dL/dz = sigma(z) - y
     */
    @Override
    public double[] gradient(double[] z, double[] y) {
        Shapes.requireSameLength(z, y, "logits and target");
        double[] grad = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            grad[i] = Sigmoid.logistic(z[i]) - y[i];
        }
        return grad;
    }
}
