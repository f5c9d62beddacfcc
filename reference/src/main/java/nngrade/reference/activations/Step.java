package nngrade.reference.activations;

/**
 * act.step: the threshold unit, 1 if x &gt;= 0 else 0. Its derivative is 0 wherever it exists
 * (everywhere but 0, where the step is not differentiable); 0 is returned everywhere, which is
 * why a step network cannot be trained by gradient descent.
 */
public class Step extends ElementwiseActivation {

    /** @return 1 if x &gt;= 0 else 0 */
    @Override
    public double value(double x) {
        return x >= 0 ? 1 : 0;
    }

    /** @return 0 */
    @Override
    public double derivative(double x) {
        return 0;
    }
}
