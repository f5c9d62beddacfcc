package nngrade.checks.activations;

import static nngrade.checks.api.CheckSettings.qt;

import nngrade.checks.api.NeedsReference;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Batch;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Gens;
import nngrade.checks.support.GradientCheck;
import nngrade.checks.support.Inputs;
import nngrade.checks.support.Raises;
import nngrade.checks.support.VectorPair;
import java.util.List;
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
        qt().forAll(VectorPair.withUpstream(Gens.vectors(1, 4, smoothPoints()))).checkAssert(p -> {
            double[] dx = f.backward(p.x().clone(), p.y().clone());
            // the forward passes of the differences, in one question
            GradientCheck.assertMatches("dx", dx, GradientCheck.vjpOf(f, g -> g.forward(p.x()), p.x(), p.y()));
        });
    }

    @Test
    @Weight(1)
    void doesNotModifyItsInputs() {
        Activation f = subject();
        qt().forAll(Gens.vectors(1, 5, Gens.scalars())).checkAssert(x -> {
            double[] dy = Inputs.filled(x.length, 0.5);
            double[] xBefore = Inputs.copy(x);
            Batch.calls(f, g -> g.forward(x), g -> g.backward(x, dy));
            Expect.unchanged("x", xBefore, x);
            Expect.unchanged("dy", Inputs.filled(x.length, 0.5), dy);
        });
    }

    /** The contract's shapes: dy has x's length, else IllegalArgumentException (not a read past the end). */
    @Test
    @Weight(1)
    void rejectsAnUpstreamGradientOfAnotherLength() {
        Activation f = subject();
        double[] x = {-1, 0.5, 2};
        Raises.that("backward with x of length 3 and dy of length 2", IllegalArgumentException.class,
                () -> f.backward(x.clone(), new double[] {1, 1}));
        Raises.that("backward with x of length 3 and dy of length 4", IllegalArgumentException.class,
                () -> f.backward(x.clone(), new double[] {1, 1, 1, 1}));
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
        // dy is drawn, not 1: a backward that ignores dy must not pass
        qt().forAll(VectorPair.withUpstream(Gens.vectors(1, 6, Gens.scalars()))).checkAssert(p -> {
            // At a kink any subgradient is right, so derivatives are compared everywhere else.
            int[] smooth = java.util.stream.IntStream.range(0, p.x().length)
                    .filter(i -> java.util.Arrays.stream(kinks()).noneMatch(k -> k == p.x()[i])).toArray();
            double[] x = java.util.Arrays.stream(smooth).mapToDouble(i -> p.x()[i]).toArray();
            double[] dy = java.util.Arrays.stream(smooth).mapToDouble(i -> p.y()[i]).toArray();
            // forward and backward in one exchange, judged in that order
            List<Object> got = Batch.calls(f, g -> g.forward(p.x().clone()), g -> g.backward(x.clone(), dy.clone()));
            Expect.agrees("forward", r.forward(p.x().clone()), (double[]) got.get(0));
            Expect.agrees("backward (dx) at the points off the kinks", r.backward(x.clone(), dy.clone()),
                    (double[]) got.get(1));
        });
    }
}
