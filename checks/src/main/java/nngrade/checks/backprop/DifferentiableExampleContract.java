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
import nngrade.checks.support.Inputs;
import nngrade.checks.support.Raises;
import nngrade.checks.support.ScaledAgreement;
import nngrade.checks.support.Tolerance;
import nngrade.problems.Solutions;
import nngrade.problems.backprop.DifferentiableFunction;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The checks of a worked example of the notes, a scalar function f(v) with its gradient computed
 * by back-propagation by hand: the notes' printed numbers at their point, the closed form at
 * generated points, and the gradient against central differences of the submission's own value.
 */
public abstract class DifferentiableExampleContract {

    /** @return this problem's function out of a submission or the reference */
    protected abstract DifferentiableFunction of(Solutions solutions);

    /** @return the length of v */
    protected abstract int dimension();

    /** @return f(v) in closed form */
    protected abstract double closedValue(double[] v);

    /** @return the gradient of f at v in closed form */
    protected abstract double[] closedGradient(double[] v);

    /**
     * @return the size of the terms f(v) is a sum of: two correct implementations may differ by
     *     rounding of that size (see {@link ScaledAgreement})
     */
    protected abstract double valueScale(double[] v);

    /** @return the same for the gradient */
    protected abstract double gradientScale(double[] v);

    /** @return the notes' point, their printed f and their printed gradient */
    protected abstract double[] notesPoint();

    protected abstract double notesValue();

    protected abstract double[] notesGradient();

    /** @return points with extreme coordinates where f and its gradient are finite */
    protected abstract double[][] extremePoints();

    /** @return the name of v's coordinates in failure messages, e.g. "(x, y, z)" */
    protected abstract String coordinates();

    /** @return whether the reference check compares at v (by default everywhere) */
    protected boolean comparedWithTheReferenceAt(double[] v) {
        return true;
    }

    protected final DifferentiableFunction subject() {
        return of(Subjects.submission());
    }

    /** @return ordinary points: every coordinate in [-5, 5] */
    protected Gen<double[]> points() {
        return Gens.vectors(dimension(), Gens.between(-5, 5));
    }

    private String at(double[] v) {
        return coordinates() + " = " + java.util.Arrays.toString(v);
    }

    /** The contract's shapes: v has the function's number of variables, else IllegalArgumentException. */
    @Test
    @Weight(1)
    void rejectsAPointOfAnotherDimension() {
        DifferentiableFunction f = subject();
        for (int n : new int[] {dimension() - 1, dimension() + 1}) {
            double[] v = Inputs.filled(n, 0.5);
            Raises.that("value at a point of " + n + " coordinates where f has " + dimension(),
                    IllegalArgumentException.class, () -> f.value(v.clone()));
            Raises.that("gradient at a point of " + n + " coordinates where f has " + dimension(),
                    IllegalArgumentException.class, () -> f.gradient(v.clone()));
        }
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.EXAMPLE)
    void reproducesTheNotesNumbers() {
        DifferentiableFunction f = subject();
        double[] v = notesPoint();
        Expect.near(() -> "f at the notes' point " + at(v), notesValue(), f.value(v.clone()), 0, Tolerance.NOTES_ABS);
        Expect.near(() -> "gradient at the notes' point " + at(v), notesGradient(), f.gradient(v.clone()), 0,
                Tolerance.NOTES_ABS);
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void valueMatchesTheClosedForm() {
        DifferentiableFunction f = subject();
        qt().forAll(points()).checkAssert(v ->
                ScaledAgreement.agrees("f at " + at(v), closedValue(v), f.value(v.clone()), valueScale(v)));
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void gradientMatchesTheClosedForm() {
        DifferentiableFunction f = subject();
        qt().forAll(points()).checkAssert(v ->
                ScaledAgreement.agrees("gradient at " + at(v), closedGradient(v), f.gradient(v.clone()),
                        gradientScale(v)));
    }

    @Test
    @Weight(3)
    void gradientMatchesCentralDifferencesOfValue() {
        DifferentiableFunction f = subject();
        qt().forAll(points()).checkAssert(v ->
                GradientCheck.assertMatches("gradient at " + at(v), f.gradient(v.clone()),
                        GradientCheck.gradientOf(f, g -> g.value(v), v)));
    }

    @Test
    @Weight(1)
    void doesNotModifyItsInputs() {
        DifferentiableFunction f = subject();
        qt().forAll(Gens.vectors(dimension(), Gens.scalars())).checkAssert(v -> {
            double[] before = Inputs.copy(v);
            f.value(v);
            Expect.unchanged("v (value)", before, v);
            f.gradient(v);
            Expect.unchanged("v (gradient)", before, v);
        });
    }

    @Test
    @Weight(1)
    void finiteAtExtremeInputs() {
        DifferentiableFunction f = subject();
        for (double[] v : extremePoints()) {
            Expect.finite(() -> "f at " + at(v), f.value(v.clone()));
            Expect.finite(() -> "gradient at " + at(v), f.gradient(v.clone()));
        }
    }

    @Test
    @Weight(2)
    @NeedsReference
    void agreesWithTheReference() {
        DifferentiableFunction f = subject();
        DifferentiableFunction r = of(Subjects.reference());
        qt().forAll(Gens.vectors(dimension(), Gens.scalars())).checkAssert(v -> {
            if (!comparedWithTheReferenceAt(v)) {
                return;
            }
            ScaledAgreement.agrees("f at " + at(v), r.value(v.clone()), f.value(v.clone()), valueScale(v));
            ScaledAgreement.agrees("gradient at " + at(v), r.gradient(v.clone()), f.gradient(v.clone()),
                    gradientScale(v));
        });
    }
}
