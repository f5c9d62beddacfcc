package nngrade.reference.activations;

/**
 * act.silu: the sigmoid linear unit x sigma(x) (torch.nn.SiLU), which is swish with beta = 1.
 * Derivative sigma(x) + x sigma'(x).
 */
public class Silu extends ElementwiseActivation {

    private final Swish swish = new Swish();

    /** @return x sigma(x) */
    @Override
    public double value(double x) {
        return swish.value(x, 1);
    }

    /** @return sigma(x) + x sigma(x)(1 - sigma(x)) */
    @Override
    public double derivative(double x) {
        return swish.derivative(x, 1);
    }
}
