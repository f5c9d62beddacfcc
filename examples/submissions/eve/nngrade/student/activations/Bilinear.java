package nngrade.student.activations;

/**
 * act.bilinear: (X W + b) (.) (X V + c), no nonlinearity.
 */
public class Bilinear extends GatedLinearUnit {

    public Bilinear() {
        super("act.bilinear");
    }

    /**
     * @return g(a) = a
     */
    @Override
    public double gate(double a) {
        return a;
    }

    /**
     * @return g'(a) = 1
     */
    @Override
    public double gateDerivative(double a) {
        return 1.0;
    }
}
