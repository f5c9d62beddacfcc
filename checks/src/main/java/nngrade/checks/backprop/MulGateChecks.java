package nngrade.checks.backprop;

import static nngrade.checks.api.CheckSettings.qt;

import nngrade.checks.api.Anchor;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Gens;
import nngrade.checks.support.Tolerance;
import nngrade.problems.Solutions;
import nngrade.problems.backprop.BinaryGate;
import nngrade.problems.backprop.BinaryGradient;
import org.junit.jupiter.api.Test;

/** gate.mul: z = x y; the gradient switcher, dx = y dz and dy = x dz. */
@ProblemId("gate.mul")
class MulGateChecks extends BinaryGateContract {

    @Override
    protected BinaryGate of(Solutions s) {
        return s.mulGate();
    }

    @Override
    protected double value(double x, double y) {
        return x * y;
    }

    @Override
    protected String name() {
        return "mul gate";
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void backwardSwitchesTheInputs() {
        BinaryGate gate = subject();
        qt().forAll(Gens.scalars(), Gens.scalars(), upstream()).checkAssert((x, y, dz) -> {
            BinaryGradient g = gate.backward(x, y, dz);
            Expect.notNull("backward", g);
            Expect.agrees(() -> "dx of the mul gate at " + at(x, y, dz) + " (dx = y dz)", y * dz, g.dx());
            Expect.agrees(() -> "dy of the mul gate at " + at(x, y, dz) + " (dy = x dz)", x * dz, g.dy());
        });
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.EXAMPLE)
    void reproducesTheMulGateOfTheNotesSigmoidCircuit() {
        // w0 x0 at w0 = 2, x0 = -1; the slide: "x0: [2] x [0.2] = 0.4, w0: [-1] x [0.2] = -0.2"
        BinaryGradient g = subject().backward(2, -1, SigmoidCircuit.D_DOT);
        Expect.notNull("backward", g);
        Expect.near("the notes' mul gate w0 x0 at (2, -1) with dz = 0.20: dw0", SigmoidCircuit.PRINTED_GRADIENT[0],
                g.dx(), 0, Tolerance.NOTES_ABS);
        Expect.near("the notes' mul gate w0 x0 at (2, -1) with dz = 0.20: dx0", SigmoidCircuit.PRINTED_GRADIENT[3],
                g.dy(), 0, Tolerance.NOTES_ABS);
    }
}
