package nngrade.checks.backprop;

import nngrade.checks.api.Anchor;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.StableMath;
import nngrade.checks.support.Tolerance;
import nngrade.problems.Solutions;
import nngrade.problems.backprop.UnaryGate;
import org.junit.jupiter.api.Test;

/** gate.sigmoid: z = sigma(x) as one gate, local gradient sigma(x)(1 - sigma(x)). */
@ProblemId("gate.sigmoid")
class SigmoidGateChecks extends UnaryGateContract {

    @Override
    protected UnaryGate of(Solutions s, double c) {
        return s.sigmoidGate();
    }

    @Override
    protected double value(double c, double x) {
        return StableMath.sigmoid(x);
    }

    @Override
    protected double localGradient(double c, double x) {
        return StableMath.sigmoidDerivative(x);
    }

    @Override
    protected String name(double c) {
        return "sigmoid gate";
    }

    @Override
    protected double[] extremeInputs() {
        return new double[] {-1000, -30, -1e-8, 0, 1e-8, 30, 1000};
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.EXAMPLE)
    void localGradientAtOneMatchesTheNotes() {
        UnaryGate gate = subject(0);
        Expect.near("sigma(1) (0.73 on the slide)", SigmoidCircuit.PRINTED_F, gate.forward(1), 0,
                Tolerance.NOTES_ABS);
        Expect.near("backward(1, 1), the local gradient at 1 ((0.73)(1 - 0.73) = 0.2 on the slide)",
                SigmoidCircuit.PRINTED_D_DOT, gate.backward(1, 1), 0, Tolerance.NOTES_ABS);
    }
}
