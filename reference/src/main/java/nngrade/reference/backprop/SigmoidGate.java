package nngrade.reference.backprop;

import nngrade.problems.backprop.UnaryGate;
import nngrade.reference.activations.Sigmoid;

/**
 * gate.sigmoid: z = sigma(x) = 1/(1 + e^-x) as one gate, with the local gradient
 * sigma(x)(1 - sigma(x)) (the notes' "(0.73)(1 - 0.73) = 0.2"). Both are computed without
 * overflow, see {@link Sigmoid#logistic}.
 */
public class SigmoidGate implements UnaryGate {

    /** @return sigma(x) */
    @Override
    public double forward(double x) {
        return Sigmoid.logistic(x);
    }

    /** @return sigma(x)(1 - sigma(x)) dz */
    @Override
    public double backward(double x, double dz) {
        return Sigmoid.logisticDerivative(x) * dz;
    }
}
