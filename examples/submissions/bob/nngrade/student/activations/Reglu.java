package nngrade.student.activations;

import nngrade.problems.NotImplementedYet;

/**
 * act.reglu: max(0, X W + b) (.) (X V + c).
 */
public class Reglu extends GatedLinearUnit {

    public Reglu() {
        super("act.reglu");
    }

    /**
     * @return g(a) = max(0, a)
     */
    @Override
    public double gate(double a) {
        throw new NotImplementedYet("act.reglu");
    }

    /**
     * @return g'(a) = 1 for a &gt; 0, 0 for a &lt; 0 (any value in [0, 1] at 0)
     */
    @Override
    public double gateDerivative(double a) {
        throw new NotImplementedYet("act.reglu");
    }
}
