package nngrade.checks.backprop;

import static nngrade.checks.api.CheckSettings.qt;

import com.fasterxml.jackson.databind.JsonNode;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.NeedsReference;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Differences;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Fixtures;
import nngrade.checks.support.Gens;
import nngrade.checks.support.GradientCheck;
import nngrade.checks.support.Inputs;
import nngrade.checks.support.Raises;
import nngrade.checks.support.ScaledAgreement;
import nngrade.problems.Solutions;
import nngrade.problems.backprop.Affine;
import nngrade.problems.backprop.AffineGradients;
import org.junit.jupiter.api.Test;

/**
 * layer.affine: Y = X W^T + b with W of shape (out, in) as in torch.nn.Linear; dX = dY W,
 * dW = dY^T X, db = the column sums of dY (b is added to every row of the batch).
 */
@ProblemId("layer.affine")
class AffineChecks {

    private static Affine of(Solutions s) {
        return s.affine();
    }

    private static Affine subject() {
        return of(Subjects.submission());
    }

    private static double[][] forward(Affine layer, AffineCase c) {
        return layer.forward(Inputs.copy(c.x()), Inputs.copy(c.w()), c.b().clone());
    }

    private static AffineGradients backward(Affine layer, AffineCase c) {
        AffineGradients g = layer.backward(Inputs.copy(c.x()), Inputs.copy(c.w()), c.b().clone(), Inputs.copy(c.dy()));
        Expect.notNull("backward", g);
        return g;
    }

    /** @return X W^T + b */
    private static double[][] expectedForward(AffineCase c) {
        double[][] y = Dense.times(c.x(), Dense.transpose(c.w()));
        for (double[] row : y) {
            for (int j = 0; j < row.length; j++) {
                row[j] += c.b()[j];
            }
        }
        return y;
    }

    /**
     * The contract's shapes: X (n, in), W (out, in), b of length out, dY (n, out), else
     * IllegalArgumentException in both methods. Each case breaks one agreement of X (2, 3),
     * W (2, 3) and b of length 2.
     */
    @Test
    @Weight(1)
    void rejectsArgumentsWhoseShapesDoNotAgree() {
        Affine layer = subject();
        double[][] x = {{1, 2, -1}, {0.5, 0, 2}};
        double[][] w = {{0.5, -1, 2}, {1, 0.25, -0.5}};
        double[][] raggedW = {{0.5, -1, 2}, {1, 0.25}};
        double[][] narrowX = {{1, 2}, {0.5, 0}};
        double[] b = {0.5, -0.5};
        rejects(layer, "W (2, 3) and b of length 3", x, w, new double[] {0.5, -0.5, 1});
        rejects(layer, "a W whose second row has 2 entries", x, raggedW, b);
        rejects(layer, "X of 2 columns and W of 3", narrowX, w, b);
        Raises.that("backward with dY of shape (2, 3) where Y is (2, 2)", IllegalArgumentException.class,
                () -> layer.backward(Inputs.copy(x), Inputs.copy(w), b.clone(), new double[][] {{1, 1, 1}, {1, 1, 1}}));
    }

    /**
     * The contract's other shape rule: n, in and out are at least 1, else IllegalArgumentException
     * in both methods, though the arithmetic would be defined (an empty Y, Y = b). Each case
     * empties one of them, the shapes agreeing otherwise.
     */
    @Test
    @Weight(1)
    void rejectsAnEmptyBatchOrLayer() {
        Affine layer = subject();
        rejects(layer, "X of no row (n = 0)", new double[0][3], new double[][] {{0.5, -1, 2}, {1, 0.25, -0.5}},
                new double[] {0.5, -0.5});
        rejects(layer, "X and W of no column (in = 0)", new double[2][0], new double[2][0], new double[] {0.5, -0.5});
        rejects(layer, "W of no row and b empty (out = 0)", new double[][] {{1, 2, -1}, {0.5, 0, 2}}, new double[0][3],
                new double[0]);
    }

    private static void rejects(Affine layer, String what, double[][] x, double[][] w, double[] b) {
        Raises.that("forward with " + what, IllegalArgumentException.class,
                () -> layer.forward(Inputs.copy(x), Inputs.copy(w), b.clone()));
        Raises.that("backward with " + what, IllegalArgumentException.class,
                () -> layer.backward(Inputs.copy(x), Inputs.copy(w), b.clone(), new double[x.length][b.length]));
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void forwardIsTheBatchedAffineMap() {
        Affine layer = subject();
        qt().forAll(AffineCase.cases(Gens.between(-5, 5))).checkAssert(c ->
                ScaledAgreement.agrees("Y = X W^T + b", expectedForward(c), forward(layer, c), c.scale()));
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void backwardMatchesTheClosedForms() {
        Affine layer = subject();
        qt().forAll(AffineCase.cases(Gens.between(-5, 5))).checkAssert(c -> {
            AffineGradients g = backward(layer, c);
            ScaledAgreement.agrees("dX = dY W", Dense.times(c.dy(), c.w()), g.dX(), c.scale());
            ScaledAgreement.agrees("dW = dY^T X", Dense.times(Dense.transpose(c.dy()), c.x()), g.dW(), c.scale());
            ScaledAgreement.agrees("db = the sum over the batch of the rows of dY", Dense.columnSums(c.dy()), g.db(),
                    c.scale());
        });
    }

    @Test
    @Weight(3)
    void backwardMatchesCentralDifferencesOfForward() {
        Affine layer = subject();
        qt().forAll(AffineCase.cases(Gens.between(-5, 5))).checkAssert(c -> {
            AffineGradients g = backward(layer, c);
            double[] dy = Inputs.flatten(c.dy());
            Expect.notNull("dX", g.dX());
            Expect.notNull("dW", g.dW());
            // each in one question: the forward passes at every point of its differences
            GradientCheck.assertMatches("dX (row by row)", Inputs.flatten(g.dX()), Differences.vjpOf(
                    layer, l -> l.forward(c.x(), c.w(), c.b()), c.x(), dy, c.scale()));
            GradientCheck.assertMatches("dW (row by row)", Inputs.flatten(g.dW()), Differences.vjpOf(
                    layer, l -> l.forward(c.x(), c.w(), c.b()), c.w(), dy, c.scale()));
            GradientCheck.assertMatches("db", g.db(), Differences.vjpOf(
                    layer, l -> l.forward(c.x(), c.w(), c.b()), c.b(), dy, c.scale()));
        });
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.EXAMPLE)
    void agreesWithPytorchLinear() {
        Affine layer = subject();
        JsonNode fixture = Fixtures.load("backprop-affine");
        for (JsonNode k : fixture.get("cases")) {
            AffineCase c = new AffineCase(Fixtures.matrix(k.get("x")), Fixtures.matrix(k.get("w")),
                    Fixtures.doubles(k.get("b")), Fixtures.matrix(k.get("dy")));
            String source = " (" + fixture.get("source").asText() + ") at " + c;
            ScaledAgreement.agrees("Y" + source, Fixtures.matrix(k.get("y")), forward(layer, c), c.scale());
            AffineGradients g = backward(layer, c);
            ScaledAgreement.agrees("dX" + source, Fixtures.matrix(k.get("dx")), g.dX(), c.scale());
            ScaledAgreement.agrees("dW" + source, Fixtures.matrix(k.get("dw")), g.dW(), c.scale());
            ScaledAgreement.agrees("db" + source, Fixtures.doubles(k.get("db")), g.db(), c.scale());
        }
    }

    @Test
    @Weight(1)
    void doesNotModifyItsInputs() {
        Affine layer = subject();
        qt().forAll(AffineCase.cases(Gens.scalars())).checkAssert(c -> {
            double[][] x = Inputs.copy(c.x());
            double[][] w = Inputs.copy(c.w());
            double[] b = c.b().clone();
            double[][] dy = Inputs.copy(c.dy());
            layer.forward(x, w, b);
            layer.backward(x, w, b, dy);
            Expect.unchanged("X", c.x(), x);
            Expect.unchanged("W", c.w(), w);
            Expect.unchanged("b", c.b(), b);
            Expect.unchanged("dY", c.dy(), dy);
        });
    }

    @Test
    @Weight(1)
    void finiteAtExtremeInputs() {
        Affine layer = subject();
        AffineCase c = new AffineCase(new double[][] {{1000, -1000}, {-1000, 1e-8}, {1000, 1000}},
                new double[][] {{1000, 1000}, {-1000, 1000}, {1e-8, -1000}}, new double[] {1000, -1000, 0},
                new double[][] {{1000, -1000, 1}, {1, 1000, -1000}, {-1000, 0, 1000}});
        for (double[] row : forward(layer, c)) {
            Expect.finite("Y with entries of +-1000", row);
        }
        AffineGradients g = backward(layer, c);
        Expect.notNull("dX", g.dX());
        Expect.notNull("dW", g.dW());
        for (double[] row : g.dX()) {
            Expect.finite("dX with entries of +-1000", row);
        }
        for (double[] row : g.dW()) {
            Expect.finite("dW with entries of +-1000", row);
        }
        Expect.finite("db with entries of +-1000", g.db());
    }

    @Test
    @Weight(2)
    @NeedsReference
    void agreesWithTheReference() {
        Affine layer = subject();
        Affine r = of(Subjects.reference());
        qt().forAll(AffineCase.cases(Gens.scalars())).checkAssert(c -> {
            ScaledAgreement.agrees("Y", forward(r, c), forward(layer, c), c.scale());
            AffineGradients expected = backward(r, c);
            AffineGradients actual = backward(layer, c);
            ScaledAgreement.agrees("dX", expected.dX(), actual.dX(), c.scale());
            ScaledAgreement.agrees("dW", expected.dW(), actual.dW(), c.scale());
            ScaledAgreement.agrees("db", expected.db(), actual.db(), c.scale());
        });
    }
}
