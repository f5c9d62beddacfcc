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

/** gate.scale: z = c x, local gradient c. */
@ProblemId("gate.scale")
class ScaleGateChecks extends UnaryGateContract {

    @Override
    protected UnaryGate of(Solutions s, double c) {
        return s.scaleGate(c);
    }

    @Override
    protected Gen<Double> constants() {
        return GateConstants.constants();
    }

    @Override
    protected double[] extremeConstants() {
        return GateConstants.special();
    }

    @Override
    protected double value(double c, double x) {
        return c * x;
    }

    @Override
    protected double localGradient(double c, double x) {
        return c;
    }

    @Override
    protected String name(double c) {
        return "scale gate with c = " + c;
    }

    @Override
    protected double[] extremeInputs() {
        return new double[] {-1000, -1e-8, 0, 1e-8, 1000};
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.EXAMPLE)
    void reproducesTheScaleGateOfTheNotesSigmoidCircuit() {
        UnaryGate gate = subject(-1);
        Expect.near("the notes' scale gate with c = -1 at x = 1", -1, gate.forward(1), 0, Tolerance.NOTES_ABS);
        Expect.near("the notes' scale gate with c = -1 sending back -1 times dz = -0.20 (0.20 on the slide)",
                SigmoidCircuit.PRINTED_D_DOT, gate.backward(SigmoidCircuit.DOT, SigmoidCircuit.D_NEGATED_DOT),
                0, Tolerance.NOTES_ABS);
    }
}
