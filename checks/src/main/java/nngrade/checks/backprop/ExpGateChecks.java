package nngrade.checks.backprop;

import nngrade.checks.api.Anchor;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Tolerance;
import nngrade.problems.Solutions;
import nngrade.problems.backprop.UnaryGate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** gate.exp: z = e^x, local gradient e^x (the gate's own output). */
@ProblemId("gate.exp")
class ExpGateChecks extends UnaryGateContract {

    /** e^x overflows above ln(Double.MAX_VALUE) = 709.78; central differences stay below. */
    private static final double LARGEST_FINITE_INPUT = 700;

    @Override
    protected UnaryGate of(Solutions s, double c) {
        return s.expGate();
    }

    @Override
    protected double value(double c, double x) {
        return Math.exp(x);
    }

    @Override
    protected double localGradient(double c, double x) {
        return Math.exp(x);
    }

    @Override
    protected String name(double c) {
        return "exp gate";
    }

    @Override
    protected double[] extremeInputs() {
        return new double[] {-1000, -30, -1e-8, 0, 1e-8, 30, LARGEST_FINITE_INPUT};
    }

    @Override
    protected Gen<Double> smoothPoints() {
        return points().assuming(x -> x <= LARGEST_FINITE_INPUT);
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.EXAMPLE)
    void reproducesTheExpGateOfTheNotesSigmoidCircuit() {
        UnaryGate gate = subject(0);
        Expect.near("the notes' exp gate at x = -1 (0.37 on the slide)", SigmoidCircuit.PRINTED_EXP,
                gate.forward(-SigmoidCircuit.DOT), 0, Tolerance.NOTES_ABS);
        Expect.near("the notes' exp gate sending back e^-1 times dz = -0.53 (-0.20 on the slide)",
                SigmoidCircuit.PRINTED_D_NEGATED_DOT,
                gate.backward(-SigmoidCircuit.DOT, SigmoidCircuit.D_DENOMINATOR), 0, Tolerance.NOTES_ABS);
    }
}
