package nngrade.reference.activations;

/**
 * act.swiglu: the gated unit with a swish gate of fixed beta,
 * Swish_beta(X W + b) (.) (X V + c), Swish_beta(a) = a sigma(beta a). beta is a hyperparameter
 * here, not learned.
 */
public class Swiglu extends GatedLinearUnit {

    private final Swish swish = new Swish();
    private final double beta;

    /** @param beta the swish slope (1 gives the SiLU gate of common SwiGLU layers) */
    public Swiglu(double beta) {
        this.beta = beta;
    }

    /** @return a sigma(beta a) */
    @Override
    public double gate(double a) {
        return swish.value(a, beta);
    }

    /** @return sigma(beta a) + beta a sigma'(beta a) */
    @Override
    public double gateDerivative(double a) {
        return swish.derivative(a, beta);
    }
}
