package nngrade.checks.backprop;

import nngrade.checks.api.ProblemId;
import nngrade.checks.support.StableMath;
import nngrade.problems.Solutions;
import nngrade.problems.backprop.DifferentiableFunction;

/**
 * graph.example_sigmoid: f = sigma(w0 x0 + w1 x1 + w2) on v = (w0, w1, w2, x0, x1); with
 * s = sigma'(dot) = sigma(dot)(1 - sigma(dot)) the gradient is s (x0, x1, 1, w0, w1).
 */
@ProblemId("graph.example_sigmoid")
class SigmoidExampleChecks extends DifferentiableExampleContract {

    @Override
    protected DifferentiableFunction of(Solutions s) {
        return s.sigmoidExample();
    }

    @Override
    protected int dimension() {
        return 5;
    }

    private static double dot(double[] v) {
        return v[0] * v[3] + v[1] * v[4] + v[2];
    }

    @Override
    protected double closedValue(double[] v) {
        return StableMath.sigmoid(dot(v));
    }

    @Override
    protected double[] closedGradient(double[] v) {
        double s = StableMath.sigmoidDerivative(dot(v));
        return new double[] {s * v[3], s * v[4], s, s * v[0], s * v[1]};
    }

    /** @return the size of the dot product's terms, |w0 x0| + |w1 x1| + |w2| */
    private static double dotTerms(double[] v) {
        return Math.abs(v[0] * v[3]) + Math.abs(v[1] * v[4]) + Math.abs(v[2]);
    }

    @Override
    protected double valueScale(double[] v) {
        // rounding of the dot product moves f by at most sigma' <= 1/4 times its size
        return 0.25 * dotTerms(v);
    }

    @Override
    protected double gradientScale(double[] v) {
        // ... and sigma' by at most |sigma''| <= 1/10 times it, then multiplied by a coordinate;
        // sigma' itself may be computed as s(1 - s), which is off by an ulp of 1
        double largest = 1;
        for (double c : v) {
            largest = Math.max(largest, Math.abs(c));
        }
        return (0.1 * dotTerms(v) + 1) * largest;
    }

    @Override
    protected double[] notesPoint() {
        return SigmoidCircuit.V.clone();
    }

    @Override
    protected double notesValue() {
        return SigmoidCircuit.PRINTED_F;
    }

    @Override
    protected double[] notesGradient() {
        return SigmoidCircuit.PRINTED_GRADIENT.clone();
    }

    /**
     * The notes' circuit computes exp(-(w.x + w2)), which overflows for w.x + w2 below -709;
     * staged gate by gate, its backward then multiplies infinity by 0 and the gradient is NaN.
     * The reference keeps the notes' granularity on purpose, so neither it nor a submission is
     * asked for finite values there: the extreme points below keep w.x + w2 >= 0, and the
     * reference check skips that region (a stable submission loses nothing for being better).
     */
    private static final double CIRCUIT_OVERFLOW = -700;

    @Override
    protected double[][] extremePoints() {
        return new double[][] {
            {1000, 1000, 1000, 1000, 1000}, {1000, -1000, 0, 1000, 1000}, {-1000, 1000, 0.5, 1000, 1000},
            {1000, 1000, 1000, -1000, 1000}, {1e-8, -1e-8, 1000, 1000, 1000}, {0, 0, 1000, 0, 0}};
    }

    @Override
    protected boolean comparedWithTheReferenceAt(double[] v) {
        return dot(v) >= CIRCUIT_OVERFLOW;
    }

    @Override
    protected String coordinates() {
        return "(w0, w1, w2, x0, x1)";
    }
}
