package nngrade.checks.backprop;

import static nngrade.checks.api.CheckSettings.qt;

import nngrade.checks.api.Anchor;
import nngrade.checks.api.NeedsReference;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Gens;
import nngrade.checks.support.GradientCheck;
import nngrade.problems.Solutions;
import nngrade.problems.backprop.BinaryGate;
import nngrade.problems.backprop.BinaryGradient;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The checks every two-input gate z = f(x, y) must pass, written once. A concrete class names its
 * problem, gives f in closed form and adds the notes' pattern of its backward flow (add
 * distributes, mul switches, max routes) as its own check.
 *
 * <p>As for one-input gates, "inputs are not modified" becomes: backward depends on its arguments
 * only.
 */
public abstract class BinaryGateContract {

    /** @return this problem's gate out of a submission or the reference */
    protected abstract BinaryGate of(Solutions solutions);

    /** @return f(x, y) */
    protected abstract double value(double x, double y);

    /** @return the gate's name in failure messages */
    protected abstract String name();

    /** @return whether f is not differentiable at (x, y) or so near that a step would cross the kink */
    protected boolean nearKink(double x, double y) {
        return false;
    }

    /** @return whether a tie x = y is a kink where any split of dz is right (max) */
    protected boolean anySplitAtTies() {
        return false;
    }

    /** @return upstream gradients dz */
    protected static Gen<Double> upstream() {
        return Gens.upstream();
    }

    protected final BinaryGate subject() {
        return of(Subjects.submission());
    }

    protected static String at(double x, double y, double dz) {
        return "(x, y) = (" + x + ", " + y + ") with dz = " + dz;
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void forwardComputesTheGateFormula() {
        BinaryGate gate = subject();
        qt().forAll(Gens.scalars(), Gens.scalars()).checkAssert((x, y) ->
                Expect.agrees(() -> "forward of the " + name() + " at (" + x + ", " + y + ")", value(x, y),
                        gate.forward(x, y)));
    }

    @Test
    @Weight(3)
    void backwardMatchesCentralDifferencesOfForward() {
        BinaryGate gate = subject();
        qt().forAll(Gens.scalars(), Gens.scalars(), upstream())
                .assuming((x, y, dz) -> !nearKink(x, y))
                .checkAssert((x, y, dz) -> {
                    BinaryGradient g = gate.backward(x, y, dz);
                    Expect.notNull("backward", g);
                    GradientCheck.assertMatches("(dx, dy) of the " + name() + " at " + at(x, y, dz),
                            new double[] {g.dx(), g.dy()},
                            centralDifferences(gate, x, y, dz));
                });
    }

    @Test
    @Weight(1)
    void backwardDependsOnItsArgumentsOnly() {
        BinaryGate gate = subject();
        qt().forAll(Gens.scalars(), Gens.scalars(), Gens.scalars()).checkAssert((x, y, other) -> {
            gate.forward(x, y);
            BinaryGradient first = gate.backward(x, y, 1);
            Expect.notNull("backward", first);
            // records compare NaN equal to NaN: a NaN backward must not pass for a consistent one
            Expect.finite(() -> "backward(" + x + ", " + y + ", 1) of the " + name(),
                    new double[] {first.dx(), first.dy()});
            gate.forward(other, -other);
            BinaryGradient second = gate.backward(x, y, 1);
            Expect.that(first != null && first.equals(second), () -> "backward(" + x + ", " + y + ", 1) of the "
                    + name() + " gave " + first + " after forward(" + x + ", " + y + ") but " + second
                    + " after forward(" + other + ", " + -other
                    + "): backward must use the x and y it is given, not ones kept from forward");
        });
    }

    @Test
    @Weight(1)
    void finiteAtExtremeInputs() {
        BinaryGate gate = subject();
        double[] extremes = {-1000, -1e-8, 0, 1e-8, 1000};
        for (double x : extremes) {
            for (double y : extremes) {
                Expect.finite(() -> "forward of the " + name() + " at (" + x + ", " + y + ")", gate.forward(x, y));
                BinaryGradient g = gate.backward(x, y, 1);
                Expect.notNull("backward", g);
                Expect.finite(() -> "backward of the " + name() + " at " + at(x, y, 1), new double[] {g.dx(), g.dy()});
            }
        }
    }

    @Test
    @Weight(2)
    @NeedsReference
    void agreesWithTheReference() {
        BinaryGate gate = subject();
        BinaryGate reference = of(Subjects.reference());
        qt().forAll(Gens.scalars(), Gens.scalars(), upstream()).checkAssert((x, y, dz) -> {
            Expect.agrees(() -> "forward of the " + name() + " at (" + x + ", " + y + ")", reference.forward(x, y),
                    gate.forward(x, y));
            // at a tie of max any split is right: the tie check covers it
            if (x.doubleValue() != y.doubleValue() || !anySplitAtTies()) {
                BinaryGradient r = reference.backward(x, y, dz);
                BinaryGradient g = gate.backward(x, y, dz);
                Expect.notNull("backward", g);
                Expect.agrees(() -> "backward (dx, dy) of the " + name() + " at " + at(x, y, dz),
                        new double[] {r.dx(), r.dy()}, new double[] {g.dx(), g.dy()});
            }
        });
    }

    /** @return central differences of dz f(x, y) in x and in y, each in one question (the forward at x +- h, then at y +- h) */
    private static GradientCheck.Estimate[] centralDifferences(BinaryGate gate, double x, double y, double dz) {
        double[] weight = {dz};
        return new GradientCheck.Estimate[] {
            GradientCheck.vjpInArgument(gate, g -> g.forward(x, y), 0, weight, 0)[0],
            GradientCheck.vjpInArgument(gate, g -> g.forward(x, y), 1, weight, 0)[0]};
    }
}
