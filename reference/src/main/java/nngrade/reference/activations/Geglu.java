package nngrade.reference.activations;

/** act.geglu: the gated unit with an exact GELU gate, GELU(X W + b) (.) (X V + c). */
public class Geglu extends GatedLinearUnit {

    private final Gelu gelu = new Gelu();

    /** @return a Phi(a) */
    @Override
    public double gate(double a) {
        return gelu.value(a);
    }

    /** @return Phi(a) + a phi(a) */
    @Override
    public double gateDerivative(double a) {
        return gelu.derivative(a);
    }
}
