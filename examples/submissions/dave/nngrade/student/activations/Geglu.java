package nngrade.student.activations;

import nngrade.problems.StandardNormal;

/**
 * act.geglu: GELU(X W + b) (.) (X V + c), exact GELU a Phi(a) (see
 * nngrade.problems.StandardNormal).
 */
public class Geglu extends GatedLinearUnit {

    public Geglu() {
        super("act.geglu");
    }

    /**
     * @return g(a) = a Phi(a)
     */
    @Override
    public double gate(double a) {
        return a * StandardNormal.cdf(a);
    }

    /**
     * @return g'(a) = Phi(a) + a phi(a)
     */
    @Override
    public double gateDerivative(double a) {
        return StandardNormal.cdf(a) + a * StandardNormal.pdf(a);
    }
}
