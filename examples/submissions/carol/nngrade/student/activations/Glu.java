package nngrade.student.activations;

/**
 * act.glu: sigma(X W + b) (.) (X V + c).
 */
public class Glu extends GatedLinearUnit {

    public Glu() {
        super("act.glu");
    }

    /**
     * @return g(a) = sigma(a)
     */
    @Override
    public double gate(double a) {
        // (1 + tanh(a/2)) / 2: bounded, no overflow
        return 0.5 * (1.0 + Math.tanh(0.5 * a));
    }

    /**
     * @return g'(a) = sigma(a)(1 - sigma(a))
     */
    @Override
    public double gateDerivative(double a) {
        // sigma(1 - sigma) = 1 / (4 cosh^2(a/2))
        double ch = Math.cosh(0.5 * a);
        return 0.25 / (ch * ch);
    }
}
