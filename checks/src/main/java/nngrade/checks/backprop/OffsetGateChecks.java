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

/** gate.offset: z = x + c, local gradient 1 (the constant does not change the slope). */
@ProblemId("gate.offset")
class OffsetGateChecks extends UnaryGateContract {

    @Override
    protected UnaryGate of(Solutions s, double c) {
        return s.offsetGate(c);
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
        return x + c;
    }

    @Override
    protected double localGradient(double c, double x) {
        return 1;
    }

    @Override
    protected String name(double c) {
        return "offset gate with c = " + c;
    }

    @Override
    protected double[] extremeInputs() {
        return new double[] {-1000, -1e-8, 0, 1e-8, 1000};
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.EXAMPLE)
    void reproducesTheOffsetGateOfTheNotesSigmoidCircuit() {
        UnaryGate gate = subject(1);
        Expect.near("the notes' offset gate with c = 1 at x = e^-1 (1.37 on the slide)",
                SigmoidCircuit.PRINTED_DENOMINATOR, gate.forward(SigmoidCircuit.EXP), 0, Tolerance.NOTES_ABS);
        Expect.near("the notes' offset gate with c = 1 passing dz = -0.53 through unchanged",
                SigmoidCircuit.PRINTED_D_DENOMINATOR, gate.backward(SigmoidCircuit.EXP, SigmoidCircuit.D_DENOMINATOR),
                0, Tolerance.NOTES_ABS);
    }
}
