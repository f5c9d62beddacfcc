package nngrade.checks.normalization;

import static nngrade.checks.api.CheckSettings.qt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
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
import nngrade.problems.normalization.BatchNorm;
import nngrade.problems.normalization.NormGradients;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * norm.batchnorm, torch.nn.BatchNorm1d: per feature, y = gamma (x - mu_B)/sqrt(var_B + eps) + beta
 * with the batch mean and BIASED variance in train mode; running statistics by torch's
 * exponential average (the running variance takes the unbiased batch variance); test mode uses
 * the running statistics.
 */
@ProblemId("norm.batchnorm")
class BatchNormChecks {

    /** torch's defaults. */
    private static final double EPS = 1e-5;
    private static final double MOMENTUM = 0.1;
    /**
     * Normalized values are O(1) and computed from means and variances of a few values: two
     * correct float64 implementations agree to about 1e-14; 1e-9 leaves room, while the unbiased
     * variance in the forward pass is off by a factor sqrt(N/(N-1)) >= 1.03.
     */
    private static final double REL = 1e-9;
    private static final double ABS = 1e-12;

    /** @return momenta 0, 0.05, ..., 1 */
    private static Gen<Double> momenta() {
        return DataGens.grid(0, 1, 20);
    }

    private static BatchNorm subject(int features, double eps, double momentum) {
        return Subjects.submission().batchNorm(features, eps, momentum);
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void trainModeGivesEveryFeatureMeanZeroAndVarianceOne() {
        qt().forAll(DataGens.data(2, 12, 1, 5)).checkAssert(x -> {
            int d = x[0].length;
            double[][] y = subject(d, EPS, MOMENTUM).forwardTrain(Inputs.copy(x), Inputs.filled(d, 1), new double[d]);
            Shape.matrix("Y", y, x.length, d);
            double[] var = Moments.columnVariances(x);
            double[] expectedVar = new double[d];
            for (int j = 0; j < d; j++) {
                expectedVar[j] = var[j] / (var[j] + EPS); // 1, up to eps
            }
            Expect.near("the mean of every output feature (gamma = 1, beta = 0)", new double[d], Moments.columnMeans(y), 0, 1e-9);
            Expect.near("the biased variance of every output feature, var/(var + eps) with the BIASED batch variance",
                    expectedVar, Moments.columnVariances(y), REL, ABS);
        });
    }

    @Test
    @Weight(2)
    void gammaSqrtOfVarPlusEpsAndBetaMeanRecoverTheIdentity() {
        qt().forAll(DataGens.data(2, 12, 1, 5)).checkAssert(x -> {
            int d = x[0].length;
            double[] mu = Moments.columnMeans(x);
            double[] var = Moments.columnVariances(x);
            double[] gamma = new double[d];
            for (int j = 0; j < d; j++) {
                gamma[j] = Math.sqrt(var[j] + EPS);
            }
            double[][] y = subject(d, EPS, MOMENTUM).forwardTrain(x, gamma, mu);
            Expect.near("Y with gamma = sqrt(var_B + eps), beta = mu_B (must be X itself)", x, y, REL, 1e-9);
        });
    }

    @Test
    @Weight(3)
    void backwardMatchesCentralDifferencesOfForward() {
        qt().forAll(NormCases.spreadColumns(2, 6, 3)).checkAssert(c -> {
            int d = c.features();
            NormGradients g = subject(d, EPS, MOMENTUM).backward(c.x(), c.gamma(), c.beta(), c.dy());
            NormGradientCheck.expectMatches(g, c, (x, gamma, beta) ->
                    subject(d, EPS, MOMENTUM).forwardTrain(x, gamma, beta));
        });
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void runningStatisticsFollowTheExponentialAverageOfTorch() {
        qt().forAll(DataGens.data(2, 6, 3, 3), DataGens.data(2, 6, 3, 3), momenta()).checkAssert((x1, x2, m) -> {
            BatchNorm bn = subject(3, EPS, m);
            double[] mean = new double[3];
            double[] var = Inputs.filled(3, 1);
            expectRunning("a new layer (torch starts at mean 0, variance 1)", mean, var, bn);
            for (double[][] x : new double[][][] {x1, x2}) {
                bn.forwardTrain(x, Inputs.filled(3, 1), new double[3]);
                double[] mu = Moments.columnMeans(x);
                double[] unbiased = Moments.columnVariances(x);
                for (int j = 0; j < 3; j++) {
                    unbiased[j] *= x.length / (x.length - 1.0);
                    mean[j] = (1 - m) * mean[j] + m * mu[j];
                    var[j] = (1 - m) * var[j] + m * unbiased[j];
                }
                expectRunning("after a train step on a batch of " + x.length + " with momentum " + m
                        + ": running = (1 - momentum) running + momentum batch, the UNBIASED batch variance for the running variance",
                        mean, var, bn);
            }
        });
    }

    @Test
    @Weight(2)
    void testModeUsesTheRunningStatisticsAndChangesNothing() {
        qt().forAll(NormCases.spreadColumns(2, 5, 3), DataGens.data(1, 4, 3, 3), momenta()).checkAssert((c, test, m) -> {
            int d = c.features();
            double[][] xt = sameWidth(test, d);
            BatchNorm bn = subject(d, EPS, m);
            bn.forwardTrain(c.x(), c.gamma(), c.beta());
            double[] returnedMean = bn.runningMean();
            double[] returnedVar = bn.runningVar();
            Shape.vector("runningMean()", returnedMean, d);
            Shape.vector("runningVar()", returnedVar, d);
            Expect.finite("runningMean()", returnedMean); // the expected values below are built from them
            Expect.finite("runningVar()", returnedVar);
            double[] rm = returnedMean.clone();
            double[] rv = returnedVar.clone();
            // the getters return copies (the contract): what the caller writes into them changes nothing
            Arrays.fill(returnedMean, Double.NaN);
            Arrays.fill(returnedVar, Double.NaN);
            Expect.near("runningMean() after the caller wrote NaN into the array the last call returned (the contract:"
                    + " a copy)", rm, bn.runningMean(), 0, 0);
            Expect.near("runningVar() after the caller wrote NaN into the array the last call returned (the contract:"
                    + " a copy)", rv, bn.runningVar(), 0, 0);
            double[][] expected = new double[xt.length][d];
            for (int i = 0; i < xt.length; i++) {
                for (int j = 0; j < d; j++) {
                    expected[i][j] = c.gamma()[j] * (xt[i][j] - rm[j]) / Math.sqrt(rv[j] + EPS) + c.beta()[j];
                }
            }
            Expect.near(
                    () -> "test mode: gamma (x - running_mean)/sqrt(running_var + eps) + beta, with your running"
                            + " statistics " + Arrays.toString(rm) + " and " + Arrays.toString(rv),
                    expected, bn.forwardTest(xt, c.gamma(), c.beta()), REL, ABS);
            Expect.near("test mode on a single example", new double[][] {expected[0]},
                    bn.forwardTest(new double[][] {xt[0]}, c.gamma(), c.beta()), REL, ABS);
            expectRunning("after test-mode calls (they must not change the running statistics)", rm, rv, bn);
        });
    }

    @Test
    @Weight(3)
    @ValueAnchored(Anchor.EXAMPLE)
    void agreesWithPytorch() {
        for (JsonNode k : Fixtures.load("normalization-batchnorm").get("cases")) {
            String where = "torch.nn.BatchNorm1d(" + k.get("d").asInt() + ", eps=" + k.get("eps").asDouble()
                    + ", momentum=" + k.get("momentum").asDouble() + ")";
            BatchNorm bn = subject(k.get("d").asInt(), k.get("eps").asDouble(), k.get("momentum").asDouble());
            double[] gamma = Fixtures.doubles(k.get("gamma"));
            double[] beta = Fixtures.doubles(k.get("beta"));
            double[][] x1 = Fixtures.matrix(k.get("x1"));
            Expect.agrees(() -> where + ", train forward on X1 = " + Gens.show(x1), Fixtures.matrix(k.get("y1")),
                    bn.forwardTrain(x1, gamma, beta));
            Expect.agrees(() -> where + ", running mean after X1",
                    Fixtures.doubles(k.get("running_mean1")), bn.runningMean());
            Expect.agrees(() -> where + ", running var after X1",
                    Fixtures.doubles(k.get("running_var1")), bn.runningVar());
            NormGradients g = bn.backward(x1, gamma, beta, Fixtures.matrix(k.get("dy")));
            Expect.notNull(() -> where + ", backward", g);
            Expect.agrees(() -> where + ", dX", Fixtures.matrix(k.get("dx")), g.dX());
            Expect.agrees(() -> where + ", dGamma", Fixtures.doubles(k.get("dgamma")), g.dGamma());
            Expect.agrees(() -> where + ", dBeta", Fixtures.doubles(k.get("dbeta")), g.dBeta());
            bn.forwardTrain(Fixtures.matrix(k.get("x2")), gamma, beta);
            Expect.agrees(() -> where + ", running mean after X2",
                    Fixtures.doubles(k.get("running_mean2")), bn.runningMean());
            Expect.agrees(() -> where + ", running var after X2",
                    Fixtures.doubles(k.get("running_var2")), bn.runningVar());
            Expect.agrees(() -> where + ", eval forward", Fixtures.matrix(k.get("y_test")),
                    bn.forwardTest(Fixtures.matrix(k.get("x_test")), gamma, beta));
        }
    }

    @Test
    @Weight(1)
    void trainingOnOneExampleIsRejectedButTestingOneIsFine() {
        double[][] one = {{0.5, -1}};
        double[] gamma = {1, 2};
        double[] beta = {0, 1};
        BatchNorm bn = subject(2, EPS, MOMENTUM);
        Expect.near("test mode on one example of a new layer: gamma x/sqrt(1 + eps) + beta",
                new double[][] {{0.5 / Math.sqrt(1 + EPS), -2 / Math.sqrt(1 + EPS) + 1}},
                bn.forwardTest(one, gamma, beta), REL, ABS);
        Shape.matrix("test mode on a batch of 0 examples", bn.forwardTest(new double[0][], gamma, beta), 0, 2);
        Raises.that("forwardTrain on a batch of 1 example (no batch variance; torch refuses it too)", IllegalArgumentException.class,
                () -> subject(2, EPS, MOMENTUM).forwardTrain(one, gamma, beta));
        Raises.that("backward on a batch of 1 example", IllegalArgumentException.class,
                () -> subject(2, EPS, MOMENTUM).backward(one, gamma, beta, new double[][] {{1, 1}}));
    }

    /**
     * The contract's variance is the two-pass one (deviations first, as torch): a column
     * 1e8 + (0.25, 0.5, 1.75) has the variance 31/72 of (0.25, 0.5, 1.75). The expected xhat and
     * running statistics are computed exactly from the doubles ({@link ExactStandardization}),
     * not by any variance formula; see {@link LargeOffset} for the allowance.
     */
    @Test
    @Weight(1)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void keepsItsDigitsWhenTheMeanIsLarge() {
        double[][] columns = {LargeOffset.shifted(LargeOffset.OFFSET, 0.25, 0.5, 1.75),
                LargeOffset.shifted(-LargeOffset.OFFSET, 1.75, 0.25, 0.5)};
        double[][] x = NormCases.transpose(columns, 2, 3);
        double momentum = 0.5;
        BatchNorm bn = subject(2, EPS, momentum);
        double[][] y = bn.forwardTrain(Inputs.copy(x), new double[] {1, 1}, new double[2]);
        Shape.matrix("Y", y, 3, 2);
        double[] mean = new double[2];
        double[] var = new double[2];
        for (int j = 0; j < 2; j++) {
            ExactStandardization exact = new ExactStandardization(columns[j]);
            double[] yj = {y[0][j], y[1][j], y[2][j]};
            Expect.near("xhat of feature " + j + " = " + java.util.Arrays.toString(columns[j])
                    + " (gamma = 1, beta = 0; its variance is that of the small parts, 31/72, when the deviations are formed first)",
                    exact.xhat(EPS), yj, 0, LargeOffset.XHAT_ABS);
            mean[j] = momentum * exact.mean();
            var[j] = (1 - momentum) + momentum * exact.unbiasedVariance();
        }
        Expect.near(() -> "running mean after the batch (momentum " + momentum + ")",
                mean, bn.runningMean(), LargeOffset.REL, 0);
        Expect.near(() -> "running var after the batch (momentum " + momentum + "): 0.5 + 0.5 (3/2) (31/72)", var,
                bn.runningVar(), LargeOffset.REL, 0);
    }

    /**
     * The contract's hyperparameter ranges: features &gt;= 1, eps &gt;= 0, momentum in [0, 1], the
     * ends included; anything beyond (or NaN) is IllegalArgumentException from the factory or the
     * first call. At the ends the values are exact: a column (1, 3) has mean 2 and biased variance
     * 1, so with eps = 0 its xhat is (-1, 1) and its unbiased variance 2.
     */
    @Test
    @Weight(1)
    void hyperparametersAtTheEndsOfTheirRangesAreAcceptedAndBeyondThemRejected() {
        double[][] x = {{1}, {3}};
        BatchNorm one = subject(1, 0, 1);
        Expect.near("Y for D = 1, eps = 0 (xhat = -1, 1), gamma = 2, beta = 0.5", new double[][] {{-1.5}, {2.5}},
                one.forwardTrain(Inputs.copy(x), new double[] {2}, new double[] {0.5}), 0, ABS);
        expectRunning("after a batch with momentum 1 (the batch's own statistics)", new double[] {2}, new double[] {2}, one);
        BatchNorm none = subject(2, 0, 0);
        Expect.near("Y for D = 2, eps = 0, momentum 0", new double[][] {{-1, -1}, {1, 1}},
                none.forwardTrain(new double[][] {{1, -2}, {3, 0}}, new double[] {1, 1}, new double[2]), 0, ABS);
        expectRunning("after a batch with momentum 0 (unchanged: mean 0, variance 1)", new double[2], new double[] {1, 1}, none);
        rejects("features = 0", 0, EPS, MOMENTUM, new double[2][0]);
        rejects("features = -1", -1, EPS, MOMENTUM, new double[2][0]);
        for (double eps : new double[] {-1e-5, Double.NaN}) {
            rejects("eps = " + eps, 1, eps, MOMENTUM, x);
        }
        for (double m : new double[] {-0.1, 1.1, Double.NaN}) {
            rejects("momentum = " + m, 1, EPS, m, x);
        }
    }

    private static void rejects(String what, int features, double eps, double momentum, double[][] x) {
        int d = Math.max(0, features);
        Raises.that("batchNorm with " + what + ", then forwardTrain", IllegalArgumentException.class,
                () -> subject(features, eps, momentum).forwardTrain(Inputs.copy(x), Inputs.filled(d, 1), new double[d]));
    }

    /**
     * The contract's shape rule: gamma and beta of length D, X of D columns in every row, dY of
     * the shape of X, else IllegalArgumentException. Each case breaks one of them for a layer of
     * D = 2, the others agreeing.
     */
    @Test
    @Weight(1)
    void rejectsArgumentsWhoseShapesDoNotAgree() {
        double[][] x = {{0.5, -1}, {2, 0.25}, {-1.5, 1}};
        double[] gamma = {1, 2};
        double[] beta = {0, 1};
        rejectsShapes("gamma of length 3", x, new double[] {1, 2, 0.5}, beta);
        rejectsShapes("beta of length 1", x, gamma, new double[] {0});
        rejectsShapes("X of 3 columns", new double[][] {{0.5, -1, 2}, {2, 0.25, 1}, {-1.5, 1, 0}}, gamma, beta);
        rejectsShapes("an X whose second row has 1 entry", new double[][] {{0.5, -1}, {2}, {-1.5, 1}}, gamma, beta);
        Raises.that("backward with dY of shape (3, 3) where Y is (3, 2)", IllegalArgumentException.class,
                () -> subject(2, EPS, MOMENTUM).backward(Inputs.copy(x), gamma.clone(), beta.clone(), new double[3][3]));
        Raises.that("backward with dY of 2 rows where Y has 3", IllegalArgumentException.class,
                () -> subject(2, EPS, MOMENTUM).backward(Inputs.copy(x), gamma.clone(), beta.clone(), new double[2][2]));
    }

    private static void rejectsShapes(String what, double[][] x, double[] gamma, double[] beta) {
        String layer = " for a layer of D = 2";
        Raises.that("forwardTrain with " + what + layer, IllegalArgumentException.class,
                () -> subject(2, EPS, MOMENTUM).forwardTrain(Inputs.copy(x), gamma.clone(), beta.clone()));
        Raises.that("forwardTest with " + what + layer, IllegalArgumentException.class,
                () -> subject(2, EPS, MOMENTUM).forwardTest(Inputs.copy(x), gamma.clone(), beta.clone()));
        Raises.that("backward with " + what + layer, IllegalArgumentException.class,
                () -> subject(2, EPS, MOMENTUM).backward(Inputs.copy(x), gamma.clone(), beta.clone(), new double[x.length][2]));
    }

    @Test
    @Weight(1)
    void doesNotModifyItsInputs() {
        qt().forAll(NormCases.spreadColumns(2, 5, 3)).checkAssert(c -> {
            NormCase before = new NormCase(Inputs.copy(c.x()), Inputs.copy(c.gamma()), Inputs.copy(c.beta()), Inputs.copy(c.dy()));
            BatchNorm bn = subject(c.features(), EPS, MOMENTUM);
            bn.forwardTrain(c.x(), c.gamma(), c.beta());
            bn.backward(c.x(), c.gamma(), c.beta(), c.dy());
            bn.forwardTest(c.x(), c.gamma(), c.beta());
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
        qt().forAll(NormCases.spreadColumns(2, 6, 4), DataGens.data(2, 5, 4, 4), momenta()).checkAssert((c, other, m) -> {
            int d = c.features();
            double[][] x2 = sameWidth(other, d);
            BatchNorm s = subject(d, EPS, m);
            BatchNorm r = Subjects.reference().batchNorm(d, EPS, m);
            Expect.agrees("train forward", r.forwardTrain(c.x(), c.gamma(), c.beta()), s.forwardTrain(c.x(), c.gamma(), c.beta()));
            NormGradients gr = r.backward(c.x(), c.gamma(), c.beta(), c.dy());
            NormGradients gs = s.backward(c.x(), c.gamma(), c.beta(), c.dy());
            Expect.notNull("backward", gs);
            Expect.agrees("dX", gr.dX(), gs.dX());
            Expect.agrees("dGamma", gr.dGamma(), gs.dGamma());
            Expect.agrees("dBeta", gr.dBeta(), gs.dBeta());
            r.forwardTrain(x2, c.gamma(), c.beta());
            s.forwardTrain(x2, c.gamma(), c.beta());
            Expect.agrees("running mean after two batches", r.runningMean(), s.runningMean());
            Expect.agrees("running var after two batches", r.runningVar(), s.runningVar());
            Expect.agrees("test forward", r.forwardTest(x2, c.gamma(), c.beta()), s.forwardTest(x2, c.gamma(), c.beta()));
        });
    }

    private static void expectRunning(String when, double[] mean, double[] var, BatchNorm bn) {
        Expect.near(() -> "running mean " + when, mean, bn.runningMean(), REL, ABS);
        Expect.near(() -> "running var " + when, var, bn.runningVar(), REL, ABS);
    }

    /** @return the rows of m cut or padded with 0.5 to width d */
    private static double[][] sameWidth(double[][] m, int d) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = Arrays.copyOf(m[i], d);
            for (int j = m[i].length; j < d; j++) {
                c[i][j] = 0.5;
            }
        }
        return c;
    }
}
