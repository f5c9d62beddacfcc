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

/** gate.add: z = x + y; the gradient distributor, dx = dy = dz. */
@ProblemId("gate.add")
class AddGateChecks extends BinaryGateContract {

    @Override
    protected BinaryGate of(Solutions s) {
        return s.addGate();
    }

    @Override
    protected double value(double x, double y) {
        return x + y;
    }

    @Override
    protected String name() {
        return "add gate";
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void backwardDistributesTheUpstreamGradientToBothInputs() {
        BinaryGate gate = subject();
        qt().forAll(Gens.scalars(), Gens.scalars(), upstream()).checkAssert((x, y, dz) -> {
            BinaryGradient g = gate.backward(x, y, dz);
            Expect.notNull("backward", g);
            Expect.agrees(() -> "dx of the add gate at " + at(x, y, dz) + " (dx = dz)", dz, g.dx());
            Expect.agrees(() -> "dy of the add gate at " + at(x, y, dz) + " (dy = dz)", dz, g.dy());
        });
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.EXAMPLE)
    void reproducesTheAddGateOfTheNotesSigmoidCircuit() {
        // w0 x0 + w1 x1 = -2 + 6; the slide: "[1] x [0.2] = 0.2 (both inputs!)"
        BinaryGradient g = subject().backward(-2, 6, SigmoidCircuit.D_DOT);
        Expect.notNull("backward", g);
        Expect.near("the notes' add gate at (-2, 6) with dz = 0.20: dx", SigmoidCircuit.PRINTED_D_DOT, g.dx(), 0,
                Tolerance.NOTES_ABS);
        Expect.near("the notes' add gate at (-2, 6) with dz = 0.20: dy", SigmoidCircuit.PRINTED_D_DOT, g.dy(), 0,
                Tolerance.NOTES_ABS);
    }
}
