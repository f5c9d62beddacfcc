package nngrade.student.babysitting;

import nngrade.problems.NotImplementedYet;
import nngrade.problems.babysitting.TwoLayerParameters;
import nngrade.problems.babysitting.UpdateRatio;

/** babysit.update_ratio: the ratio of weight updates to weight magnitudes, per layer. */
public class UpdateToWeightRatio implements UpdateRatio {

    /**
     * {||lr dW1|| / ||W1||, ||lr dW2|| / ||W2||} with ||.|| the Frobenius norm (the square root of
     * the sum of the squares of every entry). The biases take no part.
     *
     * @param weights      W1, b1, W2, b2 (do not modify)
     * @param update       dW1, db1, dW2, db2: the gradient SGD scales by the rate (do not modify)
     * @param learningRate lr &gt; 0
     * @return a new array of the two ratios, layer 1 first
     */
    @Override
    public double[] ratios(TwoLayerParameters weights, TwoLayerParameters update, double learningRate) {
        throw new NotImplementedYet("babysit.update_ratio");
    }
}
