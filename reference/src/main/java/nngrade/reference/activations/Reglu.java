package nngrade.reference.activations;

/**
 * act.reglu: the gated unit with a ReLU gate, max(0, X W + b) (.) (X V + c). At a = 0 the gate's
 * derivative is taken as 0, like {@link Relu}.
 */
public class Reglu extends GatedLinearUnit {

    private final Relu relu = new Relu();

    /** @return max(0, a) */
    @Override
    public double gate(double a) {
        return relu.value(a);
    }

    /** @return 1 if a &gt; 0 else 0 */
    @Override
    public double gateDerivative(double a) {
        return relu.derivative(a);
    }
}
