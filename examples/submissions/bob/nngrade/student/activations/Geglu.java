package nngrade.student.activations;

import nngrade.problems.NotImplementedYet;

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
        throw new NotImplementedYet("act.geglu");
    }

    /**
     * @return g'(a) = Phi(a) + a phi(a)
     */
    @Override
    public double gateDerivative(double a) {
        throw new NotImplementedYet("act.geglu");
    }
}
