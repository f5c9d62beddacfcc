package nngrade.checks.backprop;

import static nngrade.checks.api.CheckSettings.qt;

import nngrade.checks.api.Anchor;
import nngrade.checks.api.NeedsReference;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Differences;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Gens;
import nngrade.checks.support.GradientCheck;
import nngrade.checks.support.Inputs;
import nngrade.checks.support.Raises;
import nngrade.checks.support.ScaledAgreement;
import nngrade.checks.support.Tolerance;
import nngrade.problems.Solutions;
import nngrade.problems.backprop.MatVec;
import nngrade.problems.backprop.MatVecGradients;
import org.junit.jupiter.api.Test;

/** op.matvec: q = W x, with dW = dq x^T (the shape of W) and dx = W^T dq (the shape of x). */
@ProblemId("op.matvec")
class MatVecChecks {

    private static MatVec of(Solutions s) {
        return s.matVec();
    }

    private static MatVec subject() {
        return of(Subjects.submission());
    }

    private static MatVecGradients backward(MatVec op, MatVecCase c) {
        MatVecGradients g = op.backward(Inputs.copy(c.w()), c.x().clone(), c.dq().clone());
        Expect.notNull("backward", g);
        return g;
    }

    /**
     * The contract's shapes: W is (m, n) with n the length of x, dq has length m, else
     * IllegalArgumentException. Each case breaks one agreement of W (2, 3) and x of length 3.
     */
    @Test
    @Weight(1)
    void rejectsArgumentsWhoseShapesDoNotAgree() {
        MatVec op = subject();
        double[][] w = {{0.5, -1, 2}, {1, 0.25, -0.5}};
        double[][] ragged = {{0.5, -1, 2}, {1, 0.25}};
        double[] x = {1, 2, -1};
        Raises.that("forward with W (2, 3) and x of length 2", IllegalArgumentException.class,
                () -> op.forward(Inputs.copy(w), new double[] {1, 2}));
        Raises.that("forward with a W whose second row has 2 entries and x of length 3", IllegalArgumentException.class,
                () -> op.forward(Inputs.copy(ragged), x.clone()));
        Raises.that("backward with W (2, 3) and x of length 4", IllegalArgumentException.class,
                () -> op.backward(Inputs.copy(w), new double[] {1, 2, -1, 0.5}, new double[] {1, 1}));
        Raises.that("backward with W (2, 3) and dq of length 3", IllegalArgumentException.class,
                () -> op.backward(Inputs.copy(w), x.clone(), new double[] {1, 1, 1}));
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.EXAMPLE)
    void reproducesTheNotesVectorizedExample() {
        // W = [[0.1, 0.5], [-0.3, 0.8]], x = (0.2, 0.4): q = (0.22, 0.26); with dq = (0.44, 0.52)
        // from L = ||q||^2: dW = [[0.088, 0.176], [0.104, 0.208]], dx = (-0.112, 0.636)
        double[][] w = {{0.1, 0.5}, {-0.3, 0.8}};
        double[] x = {0.2, 0.4};
        MatVec op = subject();
        Expect.near("q = W x in the notes' example", new double[] {0.22, 0.26}, op.forward(Inputs.copy(w), x.clone()),
                0, Tolerance.NOTES_ABS);
        MatVecGradients g = op.backward(Inputs.copy(w), x.clone(), new double[] {0.44, 0.52});
        Expect.notNull("backward", g);
        Expect.near("dW = dq x^T in the notes' example", new double[][] {{0.088, 0.176}, {0.104, 0.208}}, g.dW(), 0,
                Tolerance.NOTES_ABS);
        Expect.near("dx = W^T dq in the notes' example", new double[] {-0.112, 0.636}, g.dx(), 0,
                Tolerance.NOTES_ABS);
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void forwardIsTheMatrixVectorProduct() {
        MatVec op = subject();
        qt().forAll(MatVecCase.cases(Gens.between(-5, 5))).checkAssert(c ->
                ScaledAgreement.agrees("q = W x", Dense.times(c.w(), c.x()),
                        op.forward(Inputs.copy(c.w()), c.x().clone()), c.scale()));
    }

    @Test
    @Weight(1)
    void gradientsHaveTheShapesOfTheirInputs() {
        MatVec op = subject();
        qt().forAll(MatVecCase.cases(Gens.between(-5, 5))).checkAssert(c -> {
            MatVecGradients g = backward(op, c);
            Expect.notNull("dW", g.dW());
            Expect.that(g.dW().length == c.rows(), () -> "dW must have the shape of W, " + c.rows() + " x " + c.cols()
                    + ": got " + g.dW().length + " rows");
            for (double[] row : g.dW()) {
                Expect.that(row != null && row.length == c.cols(), () -> "dW must have the shape of W, " + c.rows()
                        + " x " + c.cols() + ": got a row of length " + (row == null ? "null" : row.length));
            }
            Expect.shape("dx (the shape of x)", c.x(), g.dx());
        });
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void backwardMatchesTheClosedForms() {
        MatVec op = subject();
        qt().forAll(MatVecCase.cases(Gens.between(-5, 5))).checkAssert(c -> {
            MatVecGradients g = backward(op, c);
            ScaledAgreement.agrees("dW = dq x^T", Dense.outer(c.dq(), c.x()), g.dW(), c.scale());
            ScaledAgreement.agrees("dx = W^T dq", Dense.transposeTimes(c.w(), c.dq()), g.dx(), c.scale());
        });
    }

    @Test
    @Weight(3)
    void backwardMatchesCentralDifferencesOfForward() {
        MatVec op = subject();
        qt().forAll(MatVecCase.cases(Gens.between(-5, 5))).checkAssert(c -> {
            MatVecGradients g = backward(op, c);
            Expect.notNull("dW", g.dW());
            // each in one question: the forward passes at every point of its differences
            GradientCheck.assertMatches("dW (row by row)", Inputs.flatten(g.dW()), Differences.vjpOf(
                    op, o -> o.forward(c.w(), c.x()), c.w(), c.dq(), c.scale()));
            GradientCheck.assertMatches("dx", g.dx(), Differences.vjpOf(
                    op, o -> o.forward(c.w(), c.x()), c.x(), c.dq(), c.scale()));
        });
    }

    @Test
    @Weight(1)
    void doesNotModifyItsInputs() {
        MatVec op = subject();
        qt().forAll(MatVecCase.cases(Gens.scalars())).checkAssert(c -> {
            double[][] w = Inputs.copy(c.w());
            double[] x = c.x().clone();
            double[] dq = c.dq().clone();
            op.forward(w, x);
            op.backward(w, x, dq);
            Expect.unchanged("W", c.w(), w);
            Expect.unchanged("x", c.x(), x);
            Expect.unchanged("dq", c.dq(), dq);
        });
    }

    @Test
    @Weight(1)
    void finiteAtExtremeInputs() {
        MatVec op = subject();
        double[][] w = {{1000, -1000, 1e-8}, {-1000, 1000, 1000}};
        double[] x = {1000, 1000, -1000};
        Expect.finite("W x with entries of +-1000", op.forward(Inputs.copy(w), x.clone()));
        MatVecGradients g = op.backward(Inputs.copy(w), x.clone(), new double[] {1000, -1000});
        Expect.notNull("backward", g);
        Expect.finite("dx with entries of +-1000", g.dx());
        Expect.notNull("dW", g.dW());
        for (double[] row : g.dW()) {
            Expect.finite("dW with entries of +-1000", row);
        }
    }

    @Test
    @Weight(2)
    @NeedsReference
    void agreesWithTheReference() {
        MatVec op = subject();
        MatVec r = of(Subjects.reference());
        qt().forAll(MatVecCase.cases(Gens.scalars())).checkAssert(c -> {
            ScaledAgreement.agrees("q = W x", r.forward(Inputs.copy(c.w()), c.x().clone()),
                    op.forward(Inputs.copy(c.w()), c.x().clone()), c.scale());
            MatVecGradients expected = backward(r, c);
            MatVecGradients actual = backward(op, c);
            ScaledAgreement.agrees("dW", expected.dW(), actual.dW(), c.scale());
            ScaledAgreement.agrees("dx", expected.dx(), actual.dx(), c.scale());
        });
    }
}
