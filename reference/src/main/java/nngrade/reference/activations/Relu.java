package nngrade.reference.activations;

/**
 * act.relu: the rectified linear unit max(x, 0). Derivative 1 for x &gt; 0 and 0 for x &lt; 0;
 * at the kink x = 0 any value in [0, 1] is a subgradient, and this class returns 0, as PyTorch
 * does.
 */
public class Relu extends ElementwiseActivation {

    /** @return max(x, 0) */
    @Override
    public double value(double x) {
        return Math.max(x, 0);
    }

    /** @return 1 if x &gt; 0 else 0 */
    @Override
    public double derivative(double x) {
        return x > 0 ? 1 : 0;
    }
}
