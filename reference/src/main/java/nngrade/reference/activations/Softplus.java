package nngrade.reference.activations;

/**
 * act.softplus, as torch.nn.Softplus(beta, threshold): (1/beta) log(1 + e^(beta x)), a smooth
 * ReLU, and x itself where beta x &gt; threshold (there the two differ by less than
 * e^-threshold/beta, and the linear branch cannot overflow).
 *
 * <p>Below the threshold, with z = beta x, log(1 + e^z) = max(z, 0) + log1p(e^-|z|): the
 * exponent is never positive, so nothing overflows even for a large threshold, and log1p keeps
 * the tail accurate where e^z is tiny. The derivative is sigma(beta x) (1 above the threshold).
 */
public class Softplus extends ElementwiseActivation {

    private final double beta;
    private final double threshold;

    /**
     * @param beta      the sharpness (torch default 1)
     * @param threshold beyond beta x &gt; threshold the function is linear (torch default 20)
     */
    public Softplus(double beta, double threshold) {
        this.beta = beta;
        this.threshold = threshold;
    }

    /** @return x if beta x &gt; threshold, else (1/beta) log(1 + e^(beta x)) */
    @Override
    public double value(double x) {
        double z = beta * x;
        if (z > threshold) {
            return x;
        }
        return (Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)))) / beta;
    }

    /** @return 1 if beta x &gt; threshold, else sigma(beta x) */
    @Override
    public double derivative(double x) {
        double z = beta * x;
        return z > threshold ? 1 : Sigmoid.logistic(z);
    }
}
