package nngrade.reference.activations;

/** act.bilinear: the gated unit with no nonlinearity, (X W + b) (.) (X V + c). */
public class Bilinear extends GatedLinearUnit {

    /** @return a (the identity gate) */
    @Override
    public double gate(double a) {
        return a;
    }

    /** @return 1 */
    @Override
    public double gateDerivative(double a) {
        return 1;
    }
}
