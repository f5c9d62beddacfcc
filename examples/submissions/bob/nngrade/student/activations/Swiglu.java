package nngrade.student.activations;

import nngrade.problems.NotImplementedYet;

/**
 * act.swiglu: Swish_beta(X W + b) (.) (X V + c), with beta fixed (a hyperparameter, not learned).
 */
public class Swiglu extends GatedLinearUnit {

    private final double beta;

    /**
     * @param beta the swish slope
     */
    public Swiglu(double beta) {
        super("act.swiglu");
        this.beta = beta;
    }

    /**
     * @return g(a) = a sigma(beta a)
     */
    @Override
    public double gate(double a) {
        throw new NotImplementedYet("act.swiglu");
    }

    /**
     * @return g'(a) = sigma(beta a) + beta a sigma(beta a)(1 - sigma(beta a))
     */
    @Override
    public double gateDerivative(double a) {
        throw new NotImplementedYet("act.swiglu");
    }
}
