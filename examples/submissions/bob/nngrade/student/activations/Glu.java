package nngrade.student.activations;

import nngrade.problems.NotImplementedYet;

/**
 * act.glu: sigma(X W + b) (.) (X V + c).
 */
public class Glu extends GatedLinearUnit {

    public Glu() {
        super("act.glu");
    }

    /**
     * @return g(a) = sigma(a)
     */
    @Override
    public double gate(double a) {
        throw new NotImplementedYet("act.glu");
    }

    /**
     * @return g'(a) = sigma(a)(1 - sigma(a))
     */
    @Override
    public double gateDerivative(double a) {
        throw new NotImplementedYet("act.glu");
    }
}
