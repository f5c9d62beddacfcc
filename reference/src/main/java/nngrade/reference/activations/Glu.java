package nngrade.reference.activations;

/** act.glu: the gated linear unit sigma(X W + b) (.) (X V + c) (Dauphin et al.). */
public class Glu extends GatedLinearUnit {

    private final Sigmoid sigmoid = new Sigmoid();

    /** @return sigma(a) */
    @Override
    public double gate(double a) {
        return sigmoid.value(a);
    }

    /** @return sigma(a)(1 - sigma(a)) */
    @Override
    public double gateDerivative(double a) {
        return sigmoid.derivative(a);
    }
}
