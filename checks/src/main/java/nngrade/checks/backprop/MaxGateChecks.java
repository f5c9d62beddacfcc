package nngrade.checks.backprop;

import static nngrade.checks.api.CheckSettings.qt;

import nngrade.checks.api.Anchor;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Gens;
import nngrade.checks.support.GradientCheck;
import nngrade.checks.support.Tolerance;
import nngrade.problems.Solutions;
import nngrade.problems.backprop.BinaryGate;
import nngrade.problems.backprop.BinaryGradient;
import org.junit.jupiter.api.Test;

/**
 * gate.max: z = max(x, y); the gradient router: the larger input gets dz, the other 0. At a tie
 * any split (a dz, (1 - a) dz) with a in [0, 1] is a valid subgradient.
 */
@ProblemId("gate.max")
class MaxGateChecks extends BinaryGateContract {

    /** Central differences stay this many steps away from the kink x = y. */
    private static final double KINK_MARGIN_STEPS = 100;

    @Override
    protected BinaryGate of(Solutions s) {
        return s.maxGate();
    }

    @Override
    protected double value(double x, double y) {
        return Math.max(x, y);
    }

    @Override
    protected String name() {
        return "max gate";
    }

    @Override
    protected boolean nearKink(double x, double y) {
        return Math.abs(x - y) <= KINK_MARGIN_STEPS * (GradientCheck.step(x) + GradientCheck.step(y));
    }

    @Override
    protected boolean anySplitAtTies() {
        return true;
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void backwardRoutesTheUpstreamGradientToTheLargerInput() {
        BinaryGate gate = subject();
        qt().forAll(Gens.scalars(), Gens.scalars(), upstream())
                .assuming((x, y, dz) -> x.doubleValue() != y.doubleValue())
                .checkAssert((x, y, dz) -> {
                    BinaryGradient g = gate.backward(x, y, dz);
                    Expect.notNull("backward", g);
                    String which = x > y ? "x is larger: (dx, dy) = (dz, 0)" : "y is larger: (dx, dy) = (0, dz)";
                    Expect.agrees(() -> "(dx, dy) of the max gate at " + at(x, y, dz) + "; " + which,
                            x > y ? new double[] {dz, 0} : new double[] {0, dz}, new double[] {g.dx(), g.dy()});
                });
    }

    @Test
    @Weight(2)
    void tiesSplitTheUpstreamGradientBetweenTheInputs() {
        BinaryGate gate = subject();
        qt().forAll(Gens.scalars(), upstream()).checkAssert((x, dz) -> {
            BinaryGradient g = gate.backward(x, x, dz);
            Expect.notNull("backward", g);
            String where = "the max gate at the tie x = y = " + x + " with dz = " + dz;
            Expect.near(() -> where + ": dx + dy must be dz (a dz + (1 - a) dz)", dz, g.dx() + g.dy(),
                    Tolerance.AGREEMENT_REL, Tolerance.AGREEMENT_ABS);
            expectShare(where + ": dx", dz, g.dx());
            expectShare(where + ": dy", dz, g.dy());
        });
    }

    /** Fails unless share = a dz for some a in [0, 1], i.e. lies between 0 and dz. */
    private static void expectShare(String what, double dz, double share) {
        double slack = Tolerance.AGREEMENT_ABS + Tolerance.AGREEMENT_REL * Math.abs(dz);
        double lo = Math.min(0, dz) - slack;
        double hi = Math.max(0, dz) + slack;
        Expect.that(share >= lo && share <= hi, () -> what + " is " + share
                + ", expected a dz with a in [0, 1], i.e. a value in [" + Math.min(0, dz) + ", " + Math.max(0, dz) + "]");
    }
}
