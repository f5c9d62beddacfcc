package nngrade.reference.babysitting;

import nngrade.problems.babysitting.TwoLayerParameters;
import nngrade.problems.babysitting.UpdateRatio;

/** babysit.update_ratio: ||lr dW|| / ||W|| for W1 and W2, Frobenius norms. */
public class UpdateToWeightRatio implements UpdateRatio {

    @Override
    public double[] ratios(TwoLayerParameters weights, TwoLayerParameters update, double learningRate) {
        return new double[] {ratio(weights.w1(), update.w1(), learningRate),
            ratio(weights.w2(), update.w2(), learningRate)};
    }

    private static double ratio(double[][] w, double[][] dw, double lr) {
        return lr * frobenius(dw) / frobenius(w); // ||lr dW|| = lr ||dW|| for lr > 0
    }

    private static double frobenius(double[][] m) {
        return Math.sqrt(TwoLayerReluNet.squaredNorm(m));
    }
}
