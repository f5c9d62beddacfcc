package nngrade.checks.backprop;

/**
 * The notes' second back-propagation example, f = 1/(1 + exp(-(w0 x0 + w1 x1 + w2))) at
 * w = (2, -3, -3), x = (-1, -2), broken into the gates mul, add, scale(-1), exp, offset(1), inv.
 *
 * <p>The slides print the circuit's numbers with two decimals (0.37, 1.37, 0.73, -0.53, -0.20,
 * 0.20) and the results with four (f = 0.7311, dw = (-0.1966, -0.3932, 0.1966),
 * dx = (0.3932, -0.5898)). The checks feed each gate its exact input and exact upstream gradient
 * (computed here) and compare with the four-digit values at {@code Tolerance.NOTES_ABS}.
 */
final class SigmoidCircuit {

    static final double[] W = {2, -3, -3};
    static final double[] X = {-1, -2};
    /** The point of the example as one vector v = (w0, w1, w2, x0, x1). */
    static final double[] V = {2, -3, -3, -1, -2};

    /** w0 x0 + w1 x1 + w2 = 1. */
    static final double DOT = 1;
    /** e^-1, the exp gate's output (0.37 on the slide). */
    static final double EXP = Math.exp(-DOT);
    /** 1 + e^-1, the offset gate's output (1.37). */
    static final double DENOMINATOR = 1 + EXP;

    /** d f / d(1 + e^-1) = -1/(1 + e^-1)^2, what the inv gate sends back (-0.53). */
    static final double D_DENOMINATOR = -1 / (DENOMINATOR * DENOMINATOR);
    /** d f / d(-dot) = e^-1 times the above, what the exp gate sends back (-0.20). */
    static final double D_NEGATED_DOT = D_DENOMINATOR * EXP;
    /** d f / d dot = sigma'(1), what the scale(-1) gate sends back (0.20). */
    static final double D_DOT = -D_NEGATED_DOT;

    // The four-digit values, as the slides round them.
    static final double PRINTED_EXP = 0.3679;
    static final double PRINTED_DENOMINATOR = 1.3679;
    static final double PRINTED_F = 0.7311;
    static final double PRINTED_D_DENOMINATOR = -0.5344;
    static final double PRINTED_D_NEGATED_DOT = -0.1966;
    static final double PRINTED_D_DOT = 0.1966;
    /** df/dv at V: dw = (-0.1966, -0.3932, 0.1966), dx = (0.3932, -0.5898). */
    static final double[] PRINTED_GRADIENT = {-0.1966, -0.3932, 0.1966, 0.3932, -0.5898};

    private SigmoidCircuit() {
    }
}
