package nngrade.student.activations;

/**
 * act.reglu: max(0, X W + b) (.) (X V + c).
 */
public class Reglu extends GatedLinearUnit {

    public Reglu() {
        super("act.reglu");
    }

    /**
     * @return g(a) = max(0, a)
     */
    @Override
    public double gate(double a) {
        return a > 0 ? a : 0.0;
    }

    /**
     * @return g'(a) = 1 for a &gt; 0, 0 for a &lt; 0 (any value in [0, 1] at 0)
     */
    @Override
    public double gateDerivative(double a) {
        // at the kink a = 0 the right derivative, 1
        return a >= 0 ? 1.0 : 0.0;
    }
}
