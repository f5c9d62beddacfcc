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

/** gate.inv: z = 1/x, local gradient -1/x^2; undefined at the pole x = 0. */
@ProblemId("gate.inv")
class InvGateChecks extends UnaryGateContract {

    /**
     * Central differences stay this far from the pole: at |x| = 0.05 the step is 1e-6 and the
     * truncation error h^2 |f'''| / 6 = 1.6e-7 is 4e-10 of |f'| = 400.
     */
    private static final double POLE_MARGIN = 0.05;

    @Override
    protected UnaryGate of(Solutions s, double c) {
        return s.invGate();
    }

    @Override
    protected double value(double c, double x) {
        return 1 / x;
    }

    @Override
    protected double localGradient(double c, double x) {
        return -1 / (x * x);
    }

    @Override
    protected String name(double c) {
        return "inv gate";
    }

    @Override
    protected double[] extremeInputs() {
        return new double[] {-1000, -30, -1e-8, 1e-8, 30, 1000};
    }

    @Override
    protected Gen<Double> points() {
        return super.points().assuming(x -> x != 0);
    }

    @Override
    protected Gen<Double> smoothPoints() {
        return super.points().assuming(x -> Math.abs(x) >= POLE_MARGIN);
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.EXAMPLE)
    void reproducesTheInvGateOfTheNotesSigmoidCircuit() {
        UnaryGate gate = subject(0);
        Expect.near("the notes' inv gate at x = 1 + e^-1 (0.73 on the slide)", SigmoidCircuit.PRINTED_F,
                gate.forward(SigmoidCircuit.DENOMINATOR), 0, Tolerance.NOTES_ABS);
        Expect.near("the notes' inv gate sending back -1/x^2 times dz = 1 (-0.53 on the slide)",
                SigmoidCircuit.PRINTED_D_DENOMINATOR, gate.backward(SigmoidCircuit.DENOMINATOR, 1), 0,
                Tolerance.NOTES_ABS);
    }
}
