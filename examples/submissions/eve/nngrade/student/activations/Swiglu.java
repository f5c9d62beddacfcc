package nngrade.student.activations;

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
        return a * sigma(beta * a);
    }

    /**
     * @return g'(a) = sigma(beta a) + beta a sigma(beta a)(1 - sigma(beta a))
     */
    @Override
    public double gateDerivative(double a) {
        double u = beta * a;
        double s = sigma(u);
        return s + u * s * sigma(-u);
    }

    /** @return 1/(1 + e^-u), computed from e^-|u| so nothing overflows */
    private static double sigma(double u) {
        double e = Math.exp(-Math.abs(u));
        return u >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
    }
}
