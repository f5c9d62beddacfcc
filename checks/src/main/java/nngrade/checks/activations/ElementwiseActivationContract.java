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
 * problem with {@code @ProblemId} and says how to get the activation from a {@link Solutions}; it
 * adds the checks particular to its function (fixture values, the notes' identities). An
 * activation with kinks extends {@link KinkedActivationContract} instead, which lists them with
 * the subdifferential there.
 */
public abstract class ElementwiseActivationContract {

    /** @return this problem's activation out of a submission or the reference */
    protected abstract Activation of(Solutions solutions);

    /**
     * @return the points where f is not differentiable, kept away from by the gradient check (none
     *     by default; see {@link KinkedActivationContract})
     */
    protected double[] kinks() {
        return new double[0];
    }

    /** @return the inputs of the gradient check: scalars() kept one step away from every kink */
    protected Gen<Double> smoothPoints() {
        return Gens.scalarsAwayFrom(1e-4, kinks());
    }

    protected final Activation subject() {
        return of(Subjects.submission());
    }

    /** @return the whole submission, for checks that need the activation at other hyperparameters */
    protected final Solutions submission() {
        return Subjects.submission();
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
            Expect.agrees("forward", r.forward(x), f.forward(x));
            // At a kink any subgradient is right, so derivatives are compared everywhere else.
            double[] smooth = java.util.Arrays.stream(x)
                    .filter(v -> java.util.Arrays.stream(kinks()).noneMatch(k -> k == v)).toArray();
            double[] dy = Inputs.filled(smooth.length, 1);
            Expect.agrees("backward with dy = 1 at x = " + java.util.Arrays.toString(smooth),
                    r.backward(smooth, dy), f.backward(smooth, dy));
        });
    }
}
