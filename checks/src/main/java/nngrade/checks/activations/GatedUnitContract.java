package nngrade.checks.activations;

import static nngrade.checks.api.CheckSettings.qt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.NeedsReference;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Fixtures;
import nngrade.checks.support.Gens;
import nngrade.checks.support.GradientCheck;
import nngrade.checks.support.Inputs;
import nngrade.checks.support.Raises;
import nngrade.problems.Solutions;
import nngrade.problems.activations.GatedGradients;
import nngrade.problems.activations.GatedUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The checks every gated unit Y = g(X W + b) (.) (X V + c) must pass (act.glu, act.bilinear,
 * act.reglu, act.geglu, act.swiglu), written once: the gradient in each of X, W, b, V, c against
 * central differences of the submission's own forward, shapes, untouched inputs, finiteness at
 * large pre-activations, the gate alone (V = 0, c = 1), PyTorch's values on one fixed case
 * ({@code gated_units.json}), and agreement with the reference. A concrete class supplies g itself
 * (computed in the check) and its fixture entry.
 */
public abstract class GatedUnitContract {

    /** Entries of the generated cases: moderate, so every correct summation order agrees to 1e-14. */
    protected static final Gen<Double> ENTRIES = Gens.between(-2, 2);
    /**
     * A bound on |g'| over the reals for every gate of the family (sigmoid 1/4, identity and ReLU 1,
     * GELU 1.129, Swish_beta 1.0998), for the rounding allowance of the gradient checks.
     */
    private static final double GATE_SLOPE_BOUND = 1.2;
    private static final JsonNode TORCH = Fixtures.load("gated_units");

    /** @return this problem's unit out of a submission or the reference */
    protected abstract GatedUnit of(Solutions solutions);

    /** @return g(z), computed by the check */
    protected abstract double gate(double z);

    /** @return the unit's name in messages, e.g. "GLU" */
    protected abstract String name();

    /** @return the gated_units.json entries to compare with, and the unit each one is for */
    protected abstract List<Map.Entry<String, GatedUnit>> torchCases(Solutions s);

    /** @return whether a case keeps every pre-activation away from the kinks of g (always by default) */
    protected boolean awayFromKinks(GatedCase c) {
        return true;
    }

    protected final GatedUnit subject() {
        return of(Subjects.submission());
    }

    /** @return the generated cases of the gradient checks and of the comparison with the reference */
    protected final Gen<GatedCase> smoothCases() {
        return GatedCase.generated(ENTRIES).assuming(this::awayFromKinks);
    }

    @Test
    @Weight(2)
    void gradientInTheInputMatchesCentralDifferencesOfForward() {
        GatedUnit f = subject();
        qt().forAll(smoothCases()).checkAssert(c -> checkGradient("dX", c, GatedGradients::dX, c.rows(), c.in(), Inputs.flatten(c.x()),
                f, 0, true));
    }

    @Test
    @Weight(2)
    void gradientInTheGateWeightsMatchesCentralDifferencesOfForward() {
        GatedUnit f = subject();
        qt().forAll(smoothCases()).checkAssert(c -> checkGradient("dW", c, GatedGradients::dW, c.in(), c.out(), Inputs.flatten(c.w()),
                f, 1, false));
    }

    @Test
    @Weight(1)
    void gradientInTheGateBiasMatchesCentralDifferencesOfForward() {
        GatedUnit f = subject();
        qt().forAll(smoothCases()).checkAssert(c -> checkGradient("db", c, g -> new double[][] {g.db()}, 1,
                c.out(), c.b(), f, 2, false));
    }

    @Test
    @Weight(2)
    void gradientInTheLinearWeightsMatchesCentralDifferencesOfForward() {
        GatedUnit f = subject();
        qt().forAll(smoothCases()).checkAssert(c -> checkGradient("dV", c, GatedGradients::dV, c.in(), c.out(), Inputs.flatten(c.v()),
                f, 3, false));
    }

    @Test
    @Weight(1)
    void gradientInTheLinearBiasMatchesCentralDifferencesOfForward() {
        GatedUnit f = subject();
        qt().forAll(smoothCases()).checkAssert(c -> checkGradient("dc", c, g -> new double[][] {g.dc()}, 1,
                c.out(), c.c(), f, 4, false));
    }

    /**
     * The contract's shapes: X (n, in), W and V (in, out), b and c of length out, dY (n, out), with
     * in and out read from W and b; anything else is IllegalArgumentException in both methods. Each
     * case breaks one agreement of X (2, 3), W and V (3, 2), b and c of length 2.
     */
    @Test
    @Weight(1)
    void rejectsArgumentsWhoseShapesDoNotAgree() {
        GatedUnit f = subject();
        double[][] raggedW = {{0.5, -1}, {0.25, 2, 1}, {-0.5, 1}};
        rejects(f, "W whose second row has 3 entries where b has 2", filled(2, 3), raggedW, new double[2], filled(3, 2), new double[2]);
        rejects(f, "V of 2 rows where W has 3", filled(2, 3), filled(3, 2), new double[2], filled(2, 2), new double[2]);
        rejects(f, "V of 3 columns where b has 2", filled(2, 3), filled(3, 2), new double[2], filled(3, 3), new double[2]);
        rejects(f, "c of length 3 where b has 2", filled(2, 3), filled(3, 2), new double[2], filled(3, 2), new double[3]);
        rejects(f, "X of 2 columns where W has 3 rows", filled(2, 2), filled(3, 2), new double[2], filled(3, 2), new double[2]);
        Raises.that("backward with dY of shape (2, 3) where Y is (2, 2)", IllegalArgumentException.class,
                () -> f.backward(filled(2, 3), filled(3, 2), new double[2], filled(3, 2), new double[2], filled(2, 3)));
    }

    private static void rejects(GatedUnit f, String what, double[][] x, double[][] w, double[] b, double[][] v, double[] c) {
        Raises.that("forward with " + what, IllegalArgumentException.class,
                () -> f.forward(Inputs.copy(x), Inputs.copy(w), b.clone(), Inputs.copy(v), c.clone()));
        Raises.that("backward with " + what, IllegalArgumentException.class,
                () -> f.backward(Inputs.copy(x), Inputs.copy(w), b.clone(), Inputs.copy(v), c.clone(), filled(x.length, b.length)));
    }

    /** @return a rows by columns matrix of halves */
    private static double[][] filled(int rows, int columns) {
        double[][] m = new double[rows][];
        for (int i = 0; i < rows; i++) {
            m[i] = Inputs.filled(columns, 0.5);
        }
        return m;
    }

    @Test
    @Weight(1)
    void outputsHaveTheRightShapes() {
        GatedUnit f = subject();
        qt().forAll(GatedCase.generated(ENTRIES)).checkAssert(c -> {
            shape("Y", c.rows(), c.out(), f.forward(c.x(), c.w(), c.b(), c.v(), c.c()));
            GatedGradients g = backward(f, c);
            shape("dX", c.rows(), c.in(), g.dX());
            shape("dW", c.in(), c.out(), g.dW());
            shape("db", 1, c.out(), new double[][] {g.db()});
            shape("dV", c.in(), c.out(), g.dV());
            shape("dc", 1, c.out(), new double[][] {g.dc()});
        });
    }

    @Test
    @Weight(1)
    void doesNotModifyItsInputs() {
        GatedUnit f = subject();
        qt().forAll(GatedCase.generated(Gens.scalars())).checkAssert(c -> {
            GatedCase before = c.copy();
            f.forward(c.x(), c.w(), c.b(), c.v(), c.c());
            f.backward(c.x(), c.w(), c.b(), c.v(), c.c(), c.dy());
            Expect.unchanged("X", before.x(), c.x());
            Expect.unchanged("W", before.w(), c.w());
            Expect.unchanged("b", before.b(), c.b());
            Expect.unchanged("V", before.v(), c.v());
            Expect.unchanged("c", before.c(), c.c());
            Expect.unchanged("dY", before.dy(), c.dy());
        });
    }

    /** Pre-activations of +-500 and more: every output and gradient stays finite. */
    @Test
    @Weight(1)
    void finiteAtExtremeInputs() {
        GatedUnit f = subject();
        GatedCase c = new GatedCase(new double[][] {{1000, -1000}, {-30, 30}}, new double[][] {{1, -1}, {0.5, 0.5}},
                new double[] {0, 0}, new double[][] {{0.5, 1}, {1, 0.25}}, new double[] {1, -1},
                new double[][] {{1, 1}, {1, 1}});
        for (double[] row : f.forward(c.x(), c.w(), c.b(), c.v(), c.c())) {
            Expect.finite(() -> "Y for " + c, row);
        }
        GatedGradients g = backward(f, c);
        for (double[][] m : new double[][][] {g.dX(), g.dW(), g.dV(), {g.db(), g.dc()}}) {
            for (double[] row : m) {
                Expect.finite(() -> "gradients for " + c, row);
            }
        }
    }

    /** With V = 0 and c = 1 the linear branch is all ones, so Y = g(X W + b) (computed here). */
    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void withZeroLinearWeightsAndUnitBiasTheOutputIsTheGate() {
        GatedUnit f = subject();
        qt().forAll(GatedCase.generated(ENTRIES)).checkAssert(c0 -> {
            GatedCase c = c0.withV(new double[c0.in()][c0.out()], Inputs.filled(c0.out(), 1));
            double[][] z = c.gatePreactivation();
            double[][] expected = new double[c.rows()][c.out()];
            for (int i = 0; i < c.rows(); i++) {
                for (int k = 0; k < c.out(); k++) {
                    expected[i][k] = gate(z[i][k]);
                }
            }
            Expect.agrees(() -> name() + " with V = 0, c = 1 against g(X W + b) for " + c, expected,
                    f.forward(c.x(), c.w(), c.b(), c.v(), c.c()));
        });
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.EXAMPLE)
    void agreesWithPytorchOnOneFixedCase() {
        GatedCase c = new GatedCase(Fixtures.matrix(TORCH.get("x")), Fixtures.matrix(TORCH.get("w")),
                Fixtures.doubles(TORCH.get("b")), Fixtures.matrix(TORCH.get("v")), Fixtures.doubles(TORCH.get("c")),
                Fixtures.matrix(TORCH.get("dy")));
        for (Map.Entry<String, GatedUnit> e : torchCases(Subjects.submission())) {
            JsonNode t = TORCH.get(e.getKey());
            GatedUnit f = e.getValue();
            String at = " of " + e.getKey() + " (torch) for " + c;
            Expect.agrees(() -> "Y" + at, Fixtures.matrix(t.get("y")), f.forward(c.x(), c.w(), c.b(), c.v(), c.c()));
            GatedGradients g = backward(f, c);
            Expect.agrees(() -> "dX" + at, Fixtures.matrix(t.get("dx")), g.dX());
            Expect.agrees(() -> "dW" + at, Fixtures.matrix(t.get("dw")), g.dW());
            Expect.agrees(() -> "db" + at, Fixtures.doubles(t.get("db")), g.db());
            Expect.agrees(() -> "dV" + at, Fixtures.matrix(t.get("dv")), g.dV());
            Expect.agrees(() -> "dc" + at, Fixtures.doubles(t.get("dc")), g.dc());
        }
    }

    @Test
    @Weight(3)
    @NeedsReference
    void agreesWithTheReference() {
        GatedUnit f = subject();
        GatedUnit r = of(Subjects.reference());
        qt().forAll(smoothCases()).checkAssert(c -> {
            Expect.agrees("Y", r.forward(c.x(), c.w(), c.b(), c.v(), c.c()), f.forward(c.x(), c.w(), c.b(), c.v(), c.c()));
            GatedGradients e = backward(r, c);
            GatedGradients a = backward(f, c);
            Expect.agrees("dX", e.dX(), a.dX());
            Expect.agrees("dW", e.dW(), a.dW());
            Expect.agrees("db", e.db(), a.db());
            Expect.agrees("dV", e.dV(), a.dV());
            Expect.agrees("dc", e.dc(), a.dc());
        });
    }

    protected static GatedGradients backward(GatedUnit f, GatedCase c) {
        GatedGradients g = f.backward(c.x(), c.w(), c.b(), c.v(), c.c(), c.dy());
        Expect.notNull("backward", g);
        return g;
    }

    protected static void shape(String what, int rows, int cols, double[][] m) {
        Expect.notNull(what, m);
        Expect.that(m.length == rows, () -> what + ": wrong shape: expected " + rows + " rows, got " + m.length);
        for (double[] row : m) {
            Expect.that(row != null && row.length == cols, () -> what + ": wrong shape: expected " + cols
                    + " columns, got " + (row == null ? "null" : row.length));
        }
    }

    /**
     * Compares one gradient with central differences of phi(p) = sum dY (.) Y(p) in the parameter p
     * (flattened row by row), allowing for the rounding of the pre-activations the step changes.
     *
     * @param byRow whether p is X, whose entry (i, j) changes row i of Y; every other parameter
     *              changes one column k of Y per entry, k = (entry index) mod out
     */
    private void checkGradient(String what, GatedCase c, Function<GatedGradients, double[][]> gradient, int rows,
            int cols, double[] p, GatedUnit f, int argument, boolean byRow) {
        GatedGradients backward = f.backward(c.x(), c.w(), c.b(), c.v(), c.c(), c.dy());
        // the forward passes of the differences in argument number `argument` of forward(X, W, b, V, c), in one question
        GradientCheck.Estimate[] n = GradientCheck.vjpInArgument(f, g -> g.forward(c.x(), c.w(), c.b(), c.v(), c.c()),
                argument, Inputs.flatten(c.dy()), c.out());
        Expect.notNull("backward", backward);
        double[][] analytic = gradient.apply(backward);
        shape(what, rows, cols, analytic);
        double[][] rounding = roundingScale(c);
        double[] flat = Inputs.flatten(analytic);
        for (int e = 0; e < p.length; e++) {
            double magnitude = 0;
            for (int i = 0; i < c.rows(); i++) {
                for (int k = 0; k < c.out(); k++) {
                    boolean changed = byRow ? i == e / c.in() : k == e % c.out();
                    magnitude += changed ? rounding[i][k] : 0;
                }
            }
            GradientCheck.Estimate widened = DotProductRounding.widen(n[e], magnitude, 2 * GradientCheck.step(p[e]));
            int at = e;
            GradientCheck.assertMatches(() -> what + "[" + at / cols + "][" + at % cols + "] for " + c, flat[e], widened);
        }
    }

    /**
     * @return per output (i, k): |dY| (G |u| |z terms| + |g(z)| |u terms|), how much rounding in
     *     z = X W + b and u = X V + c can move dY (.) Y
     */
    private double[][] roundingScale(GatedCase c) {
        double[][] z = c.gatePreactivation();
        double[][] u = c.linearBranch();
        double[][] zSize = GatedCase.affineSize(c.x(), c.w(), c.b());
        double[][] uSize = GatedCase.affineSize(c.x(), c.v(), c.c());
        double[][] s = new double[c.rows()][c.out()];
        for (int i = 0; i < c.rows(); i++) {
            for (int k = 0; k < c.out(); k++) {
                s[i][k] = Math.abs(c.dy()[i][k]) * (GATE_SLOPE_BOUND * Math.abs(u[i][k]) * zSize[i][k]
                        + Math.abs(gate(z[i][k])) * uSize[i][k]);
            }
        }
        return s;
    }
}
