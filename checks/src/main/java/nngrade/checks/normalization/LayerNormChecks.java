package nngrade.checks.normalization;

import static nngrade.checks.api.CheckSettings.qt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.NeedsReference;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.DataGens;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Fixtures;
import nngrade.checks.support.Gens;
import nngrade.checks.support.Inputs;
import nngrade.checks.support.Moments;
import nngrade.checks.support.Raises;
import nngrade.checks.support.Shape;
import nngrade.problems.normalization.LayerNorm;
import nngrade.problems.normalization.NormGradients;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * norm.layernorm, torch.nn.LayerNorm(D, eps): every example (row) standardized over its own D
 * features with the biased variance, then y_ij = gamma_j xhat_ij + beta_j.
 */
@ProblemId("norm.layernorm")
class LayerNormChecks {

    /** Same reasoning as for batch norm: O(1) values, agreement to 1e-14 between correct codes. */
    private static final double REL = 1e-9;
    private static final double ABS = 1e-12;

    private static Gen<Double> epsilons() {
        return Generate.pick(List.of(1e-5, 1e-3, 0.1));
    }

    private static LayerNorm subject(double eps) {
        return Subjects.submission().layerNorm(eps);
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void everyExampleGetsMeanZeroAndVarianceOneOverItsFeatures() {
        qt().forAll(DataGens.data(1, 6, 2, 8), epsilons()).checkAssert((x, eps) -> {
            int d = x[0].length;
            double[][] y = subject(eps).forward(Inputs.copy(x), Inputs.filled(d, 1), new double[d]);
            Shape.matrix("Y", y, x.length, d);
            for (int i = 0; i < x.length; i++) {
                double var = Moments.variance(x[i]);
                Expect.near("the mean of output row " + i + " (gamma = 1, beta = 0)", 0, Moments.mean(y[i]), 0, 1e-9);
                Expect.near("the biased variance of output row " + i + ", var/(var + eps) with the row's own biased variance, eps = " + eps,
                        var / (var + eps), Moments.variance(y[i]), REL, ABS);
            }
        });
    }

    @Test
    @Weight(2)
    void eachExampleIsNormalizedIndependentlyOfTheOthers() {
        qt().forAll(NormCases.spreadRows(5, 2, 5)).checkAssert(c -> {
            LayerNorm ln = subject(1e-5);
            double[][] y = ln.forward(c.x(), c.gamma(), c.beta());
            Shape.matrix("Y", y, c.rows(), c.features());
            Expect.finite("Y", y); // NaN would match NaN below
            for (int i = 0; i < c.rows(); i++) {
                Expect.near("row " + i + " of the batch's output against the output for that example alone",
                        ln.forward(new double[][] {c.x()[i]}, c.gamma(), c.beta())[0], y[i], REL, ABS);
            }
        });
    }

    @Test
    @Weight(3)
    void backwardMatchesCentralDifferencesOfForward() {
        qt().forAll(NormCases.spreadRows(4, 2, 5), epsilons()).checkAssert((c, eps) -> {
            LayerNorm ln = subject(eps);
            NormGradientCheck.expectMatches(ln.backward(c.x(), c.gamma(), c.beta(), c.dy()), c, ln::forward);
        });
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.EXAMPLE)
    void agreesWithPytorch() {
        for (JsonNode k : Fixtures.load("normalization-layernorm").get("cases")) {
            String where = "torch.nn.LayerNorm(" + k.get("d").asInt() + ", eps=" + k.get("eps").asDouble() + ")";
            LayerNorm ln = subject(k.get("eps").asDouble());
            double[][] x = Fixtures.matrix(k.get("x"));
            double[] gamma = Fixtures.doubles(k.get("gamma"));
            double[] beta = Fixtures.doubles(k.get("beta"));
            Expect.agrees(() -> where + ", forward on X = " + Gens.show(x),
                    Fixtures.matrix(k.get("y")), ln.forward(x, gamma, beta));
            NormGradients g = ln.backward(x, gamma, beta, Fixtures.matrix(k.get("dy")));
            Expect.notNull(() -> where + ", backward", g);
            Expect.agrees(() -> where + ", dX", Fixtures.matrix(k.get("dx")), g.dX());
            Expect.agrees(() -> where + ", dGamma", Fixtures.doubles(k.get("dgamma")), g.dGamma());
            Expect.agrees(() -> where + ", dBeta", Fixtures.doubles(k.get("dbeta")), g.dBeta());
        }
    }

    @Test
    @Weight(1)
    void aSingleFeatureGivesBetaAndAnEmptyBatchGivesNothing() {
        LayerNorm ln = subject(1e-5);
        double[][] x = {{3}, {-7.5}, {0}};
        double[] gamma = {2};
        double[] beta = {0.25};
        Expect.near("Y for D = 1 (each example is its own mean, so xhat = 0 and y = beta)",
                new double[][] {{0.25}, {0.25}, {0.25}}, ln.forward(x, gamma, beta), 0, ABS);
        NormGradients g = ln.backward(x, gamma, beta, new double[][] {{1}, {2}, {3}});
        Expect.notNull("backward", g);
        Expect.near("dX for D = 1 (y does not depend on x)", new double[][] {{0}, {0}, {0}}, g.dX(), 0, ABS);
        Expect.near("dBeta for D = 1", new double[] {6}, g.dBeta(), 0, ABS);
        double[][] none = new double[0][];
        Shape.matrix("Y of an empty batch", ln.forward(none, new double[] {1, 1}, new double[] {0, 0}), 0, 2);
        NormGradients empty = ln.backward(none, new double[] {1, 1}, new double[] {0, 0}, new double[0][]);
        Expect.notNull("backward of an empty batch", empty);
        Expect.near("dGamma of an empty batch", new double[2], empty.dGamma(), 0, 0);
        Expect.near("dBeta of an empty batch", new double[2], empty.dBeta(), 0, 0);
    }

    /**
     * The contract's variance is the two-pass one (deviations first, as torch): a row
     * 1e8 + (0.25, 0.5, 1.75) has the variance 31/72 of (0.25, 0.5, 1.75). The expected xhat is
     * computed exactly from the doubles ({@link ExactStandardization}), not by any variance
     * formula; see {@link LargeOffset} for the allowance.
     */
    @Test
    @Weight(1)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void keepsItsDigitsWhenTheMeanIsLarge() {
        double eps = 1e-5;
        double[][] x = {LargeOffset.shifted(LargeOffset.OFFSET, 0.25, 0.5, 1.75),
                LargeOffset.shifted(-LargeOffset.OFFSET, 1.75, 0.25, 0.5)};
        double[][] y = subject(eps).forward(Inputs.copy(x), Inputs.filled(3, 1), new double[3]);
        Shape.matrix("Y", y, 2, 3);
        for (int i = 0; i < 2; i++) {
            Expect.near("xhat of the example " + java.util.Arrays.toString(x[i])
                    + " (gamma = 1, beta = 0; its variance is that of the small parts, 31/72, when the deviations are formed first)",
                    new ExactStandardization(x[i]).xhat(eps), y[i], 0, LargeOffset.XHAT_ABS);
        }
    }

    /**
     * The contract's range of eps: at least 0, the end included; a negative or NaN eps is
     * IllegalArgumentException from the factory or the first call. With eps = 0 a row (1, 3) has
     * mean 2 and variance 1, so xhat = (-1, 1) exactly.
     */
    @Test
    @Weight(1)
    void epsZeroIsAcceptedAndANegativeEpsRejected() {
        double[][] x = {{1, 3}, {-2, 0}};
        Expect.near("Y with eps = 0 (xhat = -1, 1 in every row), gamma = (2, 1), beta = (0.5, 0)",
                new double[][] {{-1.5, 1}, {-1.5, 1}}, subject(0).forward(Inputs.copy(x), new double[] {2, 1}, new double[] {0.5, 0}),
                0, ABS);
        for (double eps : new double[] {-1e-5, Double.NEGATIVE_INFINITY, Double.NaN}) {
            Raises.that("layerNorm(" + eps + "), then forward", IllegalArgumentException.class,
                    () -> subject(eps).forward(Inputs.copy(x), new double[] {1, 1}, new double[2]));
        }
    }

    /**
     * The contract's shape rule: beta of the length D of gamma, X of D columns in every row, dY of
     * the shape of X, else IllegalArgumentException. Each case breaks one of them, the others
     * agreeing.
     */
    @Test
    @Weight(1)
    void rejectsArgumentsWhoseShapesDoNotAgree() {
        double[][] x = {{0.5, -1}, {2, 0.25}, {-1.5, 1}};
        double[] gamma = {1, 2};
        double[] beta = {0, 1};
        rejects("beta of length 1 and gamma of 2", x, gamma, new double[] {0});
        rejects("gamma of length 3 and beta of 2", x, new double[] {1, 2, 0.5}, beta);
        rejects("X of 3 columns and gamma, beta of 2", new double[][] {{0.5, -1, 2}, {2, 0.25, 1}, {-1.5, 1, 0}}, gamma, beta);
        rejects("an X whose second row has 1 entry", new double[][] {{0.5, -1}, {2}, {-1.5, 1}}, gamma, beta);
        Raises.that("backward with dY of shape (3, 3) where Y is (3, 2)", IllegalArgumentException.class,
                () -> subject(1e-5).backward(Inputs.copy(x), gamma.clone(), beta.clone(), new double[3][3]));
        Raises.that("backward with dY of 2 rows where Y has 3", IllegalArgumentException.class,
                () -> subject(1e-5).backward(Inputs.copy(x), gamma.clone(), beta.clone(), new double[2][2]));
    }

    private static void rejects(String what, double[][] x, double[] gamma, double[] beta) {
        Raises.that("forward with " + what, IllegalArgumentException.class,
                () -> subject(1e-5).forward(Inputs.copy(x), gamma.clone(), beta.clone()));
        Raises.that("backward with " + what, IllegalArgumentException.class,
                () -> subject(1e-5).backward(Inputs.copy(x), gamma.clone(), beta.clone(), new double[x.length][2]));
    }

    @Test
    @Weight(1)
    void doesNotModifyItsInputs() {
        qt().forAll(NormCases.spreadRows(4, 2, 4)).checkAssert(c -> {
            NormCase before = new NormCase(Inputs.copy(c.x()), Inputs.copy(c.gamma()), Inputs.copy(c.beta()), Inputs.copy(c.dy()));
            LayerNorm ln = subject(1e-5);
            ln.forward(c.x(), c.gamma(), c.beta());
            ln.backward(c.x(), c.gamma(), c.beta(), c.dy());
            Expect.unchanged("X", before.x(), c.x());
            Expect.unchanged("gamma", before.gamma(), c.gamma());
            Expect.unchanged("beta", before.beta(), c.beta());
            Expect.unchanged("dY", before.dy(), c.dy());
        });
    }

    @Test
    @Weight(3)
    @NeedsReference
    void agreesWithTheReference() {
        qt().forAll(NormCases.spreadRows(5, 1, 6), epsilons()).checkAssert((c, eps) -> {
            LayerNorm s = subject(eps);
            LayerNorm r = Subjects.reference().layerNorm(eps);
            Expect.agrees("forward", r.forward(c.x(), c.gamma(), c.beta()), s.forward(c.x(), c.gamma(), c.beta()));
            NormGradients gr = r.backward(c.x(), c.gamma(), c.beta(), c.dy());
            NormGradients gs = s.backward(c.x(), c.gamma(), c.beta(), c.dy());
            Expect.notNull("backward", gs);
            Expect.agrees("dX", gr.dX(), gs.dX());
            Expect.agrees("dGamma", gr.dGamma(), gs.dGamma());
            Expect.agrees("dBeta", gr.dBeta(), gs.dBeta());
        });
    }
}
