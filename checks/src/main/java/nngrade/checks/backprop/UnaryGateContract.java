package nngrade.checks.backprop;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.List;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.NeedsReference;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Batch;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Gens;
import nngrade.checks.support.GradientCheck;
import nngrade.problems.Solutions;
import nngrade.problems.backprop.UnaryGate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The checks every one-input gate z = f(x) must pass, written once: backward(x, dz) is the local
 * gradient times the upstream gradient, f'(x) dz. A concrete class names its problem, gives f and
 * f' in closed form and says where f is finite; gates with a constant (scale, offset) generate it.
 *
 * <p>The inputs are scalars, so the contract's "inputs are not modified" cannot be broken here;
 * its counterpart for a gate is that backward depends on its arguments only, not on what an
 * earlier forward call saw (a graph shares one gate between several nodes).
 */
public abstract class UnaryGateContract {

    /** @return this problem's gate built with constant c (gates without a constant ignore c) */
    protected abstract UnaryGate of(Solutions solutions, double c);

    /** @return f(x) for the gate built with c */
    protected abstract double value(double c, double x);

    /** @return f'(x) for the gate built with c */
    protected abstract double localGradient(double c, double x);

    /** @return the gate's name in failure messages, e.g. "exp gate" or "scale gate with c = 2" */
    protected abstract String name(double c);

    /** @return inputs x where f(x) and f'(x) are finite, the extremes included */
    protected abstract double[] extremeInputs();

    /** @return the constants to build the gate with; gates without one use a single dummy */
    protected Gen<Double> constants() {
        return Generate.constant(0.0).describedAs(c -> "(no constant)");
    }

    /** @return the constants the extreme inputs are tried with; gates without one use the dummy */
    protected double[] extremeConstants() {
        return new double[] {0};
    }

    /** @return the inputs where f is defined, edge cases included */
    protected Gen<Double> points() {
        return Gens.scalars();
    }

    /** @return the inputs where f is finite and smooth enough for central differences */
    protected Gen<Double> smoothPoints() {
        return points();
    }

    /** @return upstream gradients dz */
    protected static Gen<Double> upstream() {
        return Gens.upstream();
    }

    protected final UnaryGate subject(double c) {
        return of(Subjects.submission(), c);
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void forwardComputesTheGateFormula() {
        qt().forAll(constants(), points()).checkAssert((c, x) ->
                Expect.agrees(() -> "forward of the " + name(c) + " at x = " + x, value(c, x), subject(c).forward(x)));
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void backwardIsTheLocalGradientTimesTheUpstreamGradient() {
        qt().forAll(constants(), smoothPoints(), upstream()).checkAssert((c, x, dz) ->
                Expect.agrees(() -> "backward of the " + name(c) + " at x = " + x + " with dz = " + dz
                        + " (f'(x) dz)", localGradient(c, x) * dz, subject(c).backward(x, dz)));
    }

    @Test
    @Weight(3)
    void backwardMatchesCentralDifferencesOfForward() {
        qt().forAll(constants(), smoothPoints(), upstream()).checkAssert((c, x, dz) -> {
            UnaryGate gate = subject(c);
            double dx = gate.backward(x, dz);
            // the forward passes of the differences of dz f(x), in one question
            GradientCheck.Estimate numerical = GradientCheck.vjpInArgument(gate, g -> g.forward(x), 0,
                    new double[] {dz}, 0)[0];
            GradientCheck.assertMatches("dx of the " + name(c) + " at x = " + x + " with dz = " + dz, dx, numerical);
        });
    }

    @Test
    @Weight(1)
    void backwardDependsOnItsArgumentsOnly() {
        qt().forAll(constants(), smoothPoints(), smoothPoints()).checkAssert((c, x, other) -> {
            UnaryGate gate = subject(c);
            // the four calls in one exchange, in this order
            List<Object> got = Batch.calls(gate, g -> g.forward(x), g -> g.backward(x, 1), g -> g.forward(other),
                    g -> g.backward(x, 1));
            double afterForwardOfX = (Double) got.get(1);
            // NaN compares equal to NaN here: a NaN backward must not pass for a consistent one
            Expect.finite(() -> "backward(" + x + ", 1) of the " + name(c), afterForwardOfX);
            double afterForwardOfOther = (Double) got.get(3);
            Expect.that(Double.compare(afterForwardOfX, afterForwardOfOther) == 0,
                    () -> "backward(" + x + ", 1) of the " + name(c) + " gave " + afterForwardOfX
                            + " after forward(" + x + ") but " + afterForwardOfOther + " after forward("
                            + other + "): backward must use the x it is given, not one kept from forward");
        });
    }

    @Test
    @Weight(1)
    void finiteAtExtremeInputs() {
        for (double c : extremeConstants()) {
            UnaryGate gate = subject(c);
            for (double x : extremeInputs()) {
                Expect.finite(() -> "forward of the " + name(c) + " at x = " + x, gate.forward(x));
                Expect.finite(() -> "backward of the " + name(c) + " at x = " + x + " with dz = 1",
                        gate.backward(x, 1));
            }
        }
    }

    @Test
    @Weight(2)
    @NeedsReference
    void agreesWithTheReference() {
        qt().forAll(constants(), points(), upstream()).checkAssert((c, x, dz) -> {
            UnaryGate gate = subject(c);
            UnaryGate reference = of(Subjects.reference(), c);
            // forward and backward in one exchange, judged in that order
            List<Object> got = Batch.calls(gate, g -> g.forward(x), g -> g.backward(x, dz));
            Expect.agrees(() -> "forward of the " + name(c) + " at x = " + x,
                    reference.forward(x), (Double) got.get(0));
            Expect.agrees(() -> "backward of the " + name(c) + " at x = " + x + " with dz = " + dz,
                    reference.backward(x, dz), (Double) got.get(1));
        });
    }
}
