package nngrade.checks.activations;

import static nngrade.checks.api.CheckSettings.qt;

import nngrade.checks.api.NeedsReference;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Gens;
import nngrade.checks.support.GradientCheck;
import nngrade.checks.support.Inputs;
import nngrade.problems.Solutions;
import nngrade.problems.activations.Activation;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The checks every elementwise activation must pass, written once. A concrete class names its
 * problem with {@code @ProblemId}, says how to get the activation from a {@link Solutions}, and
 * lists its kinks with the subdifferential there; it adds the checks particular to its function
 * (fixture values, the notes' identities).
 */
public abstract class ElementwiseActivationContract {

    /** @return this problem's activation out of a submission or the reference */
    protected abstract Activation of(Solutions solutions);

    /** @return the points where f is not differentiable (none by default) */
    protected double[] kinks() {
        return new double[0];
    }

    /**
     * @return {lo, hi}: every derivative value in [lo, hi] is accepted at kink k (the interval
     *     between the left and the right derivative)
     */
    protected double[] subdifferentialAt(double kink) {
        throw new IllegalStateException("no kink at " + kink);
    }

    /** @return the inputs of the gradient check: scalars() kept one step away from every kink */
    protected Gen<Double> smoothPoints() {
        return Gens.scalarsAwayFrom(1e-4, kinks());
    }

    protected final Activation subject() {
        return of(Subjects.submission());
    }

    protected final Activation reference() {
        return of(Subjects.reference());
    }

    @Test
    @Weight(3)
    void backwardMatchesCentralDifferencesOfForward() {
        Activation f = subject();
        qt().forAll(Gens.vectors(1, 4, smoothPoints()), Gens.vectors(4, Gens.between(-2, 2)))
                .checkAssert((x, dyAll) -> {
                    double[] dy = java.util.Arrays.copyOf(dyAll, x.length);
                    GradientCheck.assertMatches("dx", f.backward(x, dy),
                            GradientCheck.vjp(f::forward, x, dy));
                });
    }

    @Test
    @Weight(1)
    void backwardAtAKinkLiesInTheSubdifferential() {
        Activation f = subject();
        for (double k : kinks()) {
            double[] range = subdifferentialAt(k);
            double d = f.backward(new double[] {k}, new double[] {1})[0];
            Expect.that(d >= range[0] - 1e-12 && d <= range[1] + 1e-12,
                    "derivative at the kink x = " + k + " is " + d + ", expected a value in ["
                            + range[0] + ", " + range[1] + "]");
        }
    }

    @Test
    @Weight(1)
    void doesNotModifyItsInputs() {
        Activation f = subject();
        qt().forAll(Gens.vectors(1, 5, Gens.scalars())).checkAssert(x -> {
            double[] dy = Inputs.filled(x.length, 0.5);
            double[] xBefore = Inputs.copy(x);
            f.forward(x);
            f.backward(x, dy);
            Expect.unchanged("x", xBefore, x);
            Expect.unchanged("dy", Inputs.filled(x.length, 0.5), dy);
        });
    }

    @Test
    @Weight(1)
    void finiteAtExtremeInputs() {
        Activation f = subject();
        double[] x = {-1000, -30, -1e-8, 0, 1e-8, 30, 1000};
        Expect.finite("forward", f.forward(x));
        Expect.finite("backward", f.backward(x, Inputs.filled(x.length, 1)));
    }

    @Test
    @Weight(3)
    @NeedsReference
    void agreesWithTheReference() {
        Activation f = subject();
        Activation r = reference();
        qt().forAll(Gens.vectors(1, 6, Gens.scalars())).checkAssert(x -> {
            double[] dy = Inputs.filled(x.length, 1);
            Expect.agrees("forward", r.forward(x), f.forward(x));
            Expect.agrees("backward with dy = 1", r.backward(x, dy), f.backward(x, dy));
        });
    }
}
