package nngrade.checks.activations;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.Arrays;
import nngrade.checks.api.NeedsReference;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Gens;
import nngrade.checks.support.GradientCheck;
import nngrade.checks.support.Inputs;
import nngrade.checks.support.Raises;
import nngrade.checks.support.VectorPair;
import nngrade.problems.Solutions;
import nngrade.problems.activations.ParametricActivation;
import nngrade.problems.activations.ParametricGradients;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The checks every elementwise activation with one learnable scalar a must pass (act.prelu,
 * act.swish), written once: gradients in x and in a against central differences of the
 * submission's own forward (dA summed over elements, because a is shared), untouched inputs,
 * finiteness at +-1000, agreement with the reference.
 */
public abstract class ParametricActivationContract {

    /** @return this problem's activation out of a submission or the reference */
    protected abstract ParametricActivation of(Solutions solutions);

    /** @return the values of the parameter the checks generate */
    protected abstract Gen<Double> parameters();

    /** @return parameter values at the ends of the sensible range, for the finiteness check */
    protected abstract double[] extremeParameters();

    /**
     * @return the points where f is not differentiable in x, kept away from by the gradient checks
     *     (none by default); a class with kinks adds its own check of the subdifferential there
     */
    protected double[] kinks() {
        return new double[0];
    }

    /** @return the inputs of the gradient checks, kept one step away from every kink */
    protected Gen<Double> smoothPoints() {
        return Gens.scalarsAwayFrom(1e-4, kinks());
    }

    protected final ParametricActivation subject() {
        return of(Subjects.submission());
    }

    protected final ParametricActivation reference() {
        return of(Subjects.reference());
    }

    @Test
    @Weight(3)
    void backwardInTheInputMatchesCentralDifferencesOfForward() {
        ParametricActivation f = subject();
        qt().forAll(VectorPair.withUpstream(Gens.vectors(1, 4, smoothPoints())), parameters())
                .checkAssert((p, a) -> {
                    double[] x = p.x();
                    double[] dy = p.y();
                    ParametricGradients g = f.backward(x, a, dy);
                    Expect.notNull("backward", g);
                    GradientCheck.assertMatches("dx at parameter " + a, g.dx(),
                            GradientCheck.vjpOf(f, h -> h.forward(x, a), x, dy));
                });
    }

    @Test
    @Weight(3)
    void parameterGradientMatchesCentralDifferencesOfForward() {
        ParametricActivation f = subject();
        qt().forAll(VectorPair.withUpstream(Gens.vectors(1, 4, Gens.scalars())), parameters())
                .checkAssert((p, a) -> {
                    double[] x = p.x();
                    double[] dy = p.y();
                    ParametricGradients g = f.backward(x, a, dy);
                    Expect.notNull("backward", g);
                    GradientCheck.Estimate[] n = GradientCheck.gradientOfSum(
                            q -> times(dy, f.forward(x, q[0])), new double[] {a});
                    GradientCheck.assertMatches("dA (summed over the elements) at parameter " + a, g.dA(), n[0]);
                });
    }

    @Test
    @Weight(1)
    void doesNotModifyItsInputs() {
        ParametricActivation f = subject();
        qt().forAll(Gens.vectors(1, 5, Gens.scalars()), parameters()).checkAssert((x, a) -> {
            double[] dy = Inputs.filled(x.length, 0.5);
            double[] xBefore = Inputs.copy(x);
            f.forward(x, a);
            f.backward(x, a, dy);
            Expect.unchanged("x", xBefore, x);
            Expect.unchanged("dy", Inputs.filled(x.length, 0.5), dy);
        });
    }

    /** The contract's shapes: dy has x's length, else IllegalArgumentException (not a read past the end). */
    @Test
    @Weight(1)
    void rejectsAnUpstreamGradientOfAnotherLength() {
        ParametricActivation f = subject();
        double[] x = {-1, 0.5, 2};
        Raises.that("backward with x of length 3 and dy of length 2", IllegalArgumentException.class,
                () -> f.backward(x.clone(), 0.25, new double[] {1, 1}));
        Raises.that("backward with x of length 3 and dy of length 4", IllegalArgumentException.class,
                () -> f.backward(x.clone(), 0.25, new double[] {1, 1, 1, 1}));
    }

    @Test
    @Weight(1)
    void finiteAtExtremeInputs() {
        ParametricActivation f = subject();
        double[] x = {-1000, -30, -1e-8, 0, 1e-8, 30, 1000};
        for (double a : extremeParameters()) {
            Expect.finite(() -> "forward at parameter " + a, f.forward(x, a));
            ParametricGradients g = f.backward(x, a, Inputs.filled(x.length, 1));
            Expect.notNull("backward", g);
            Expect.finite(() -> "dx at parameter " + a, g.dx());
            Expect.finite(() -> "dA at parameter " + a, g.dA());
        }
    }

    @Test
    @Weight(3)
    @NeedsReference
    void agreesWithTheReference() {
        ParametricActivation f = subject();
        ParametricActivation r = reference();
        // dy is drawn, not 1: a backward that ignores dy must not pass
        qt().forAll(VectorPair.withUpstream(Gens.vectors(1, 6, Gens.scalarsAwayFrom(0, kinks()))), parameters())
                .checkAssert((p, a) -> {
                    double[] x = p.x();
                    double[] dy = p.y();
                    ParametricGradients expected = r.backward(x.clone(), a, dy.clone());
                    ParametricGradients actual = f.backward(x.clone(), a, dy.clone());
                    Expect.notNull("backward", actual);
                    Expect.agrees(() -> "forward at parameter " + a, r.forward(x.clone(), a), f.forward(x.clone(), a));
                    Expect.agrees(() -> "dx at parameter " + a, expected.dx(), actual.dx());
                    Expect.agrees(() -> "dA at parameter " + a, expected.dA(), actual.dA());
                });
    }

    private static double[] times(double[] dy, double[] y) {
        Expect.shape("forward", dy, y);
        double[] p = new double[dy.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = dy[i] * y[i];
        }
        return p;
    }
}
