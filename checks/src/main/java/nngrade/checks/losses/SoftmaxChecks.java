package nngrade.checks.losses;

import static nngrade.checks.api.CheckSettings.qt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.NeedsReference;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Fixtures;
import nngrade.checks.support.Gens;
import nngrade.checks.support.GradientCheck;
import nngrade.checks.support.Inputs;
import nngrade.checks.support.Raises;
import nngrade.checks.support.StableMath;
import nngrade.checks.support.Tolerance;
import nngrade.checks.support.VectorPair;
import nngrade.problems.Solutions;
import nngrade.problems.backprop.VectorFunction;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * op.softmax: s_l = exp(o_l) / sum_k exp(o_k), computed as exp(o_l - m) / sum_k exp(o_k - m)
 * with m = max o so that o = 1000 does not overflow. Jacobian ds_i/do_j = s_i (delta_ij - s_j),
 * so backward is dx_j = s_j (dy_j - sum_i dy_i s_i).
 */
@ProblemId("op.softmax")
class SoftmaxChecks {

    private static VectorFunction of(Solutions s) {
        return s.softmax();
    }

    private static VectorFunction subject() {
        return of(Subjects.submission());
    }

    private static Gen<double[]> logits() {
        return Gens.vectors(1, 6, Gens.scalars());
    }

    /** @return logits o with an upstream gradient dy of their length */
    private static Gen<VectorPair> logitsWithUpstream() {
        return VectorPair.of("o", logits(), "dy", Gens.upstream());
    }

    private static double[] forward(VectorFunction f, double[] o) {
        double[] s = f.forward(o.clone());
        Expect.shape(() -> "softmax of o = " + Arrays.toString(o), o, s);
        return s;
    }

    /** @return dx_j = s_j (dy_j - sum_i dy_i s_i), with s the softmax of o */
    private static double[] expectedBackward(double[] o, double[] dy) {
        double[] s = StableMath.softmax(o);
        double dot = 0;
        for (int i = 0; i < s.length; i++) {
            dot += dy[i] * s[i];
        }
        double[] dx = new double[s.length];
        for (int j = 0; j < s.length; j++) {
            dx[j] = s[j] * (dy[j] - dot);
        }
        return dx;
    }

    /** The contract's shapes: dy has o's length, else IllegalArgumentException (not a read past the end). */
    @Test
    @Weight(1)
    void rejectsAnUpstreamGradientOfAnotherLength() {
        VectorFunction f = subject();
        double[] o = {-1, 0.5, 2};
        Raises.that("backward with o of length 3 and dy of length 2", IllegalArgumentException.class,
                () -> f.backward(o.clone(), new double[] {1, 1}));
        Raises.that("backward with o of length 3 and dy of length 4", IllegalArgumentException.class,
                () -> f.backward(o.clone(), new double[] {1, 1, 1, 1}));
    }

    @Test
    @Weight(2)
    void outputsAreProbabilitiesThatSumToOne() {
        VectorFunction f = subject();
        qt().forAll(logits()).checkAssert(o -> {
            double[] s = forward(f, o);
            double sum = 0;
            for (double v : s) {
                Expect.that(v >= 0 && v <= 1 + Tolerance.AGREEMENT_ABS,
                        () -> "softmax of o = " + Arrays.toString(o) + " gave " + Arrays.toString(s)
                        + ": every output must be a probability in [0, 1]");
                sum += v;
            }
            Expect.near(() -> "sum of the softmax of o = " + Arrays.toString(o),
                    1, sum, 0, Tolerance.AGREEMENT_ABS * 10);
        });
    }

    @Test
    @Weight(2)
    void invariantToAddingOneConstantToEveryLogit() {
        VectorFunction f = subject();
        Gen<Double> shifts = Generate.frequency(Pair.of(3, Gens.between(-1000, 1000)),
                Pair.of(1, Generate.pick(List.of(-1000.0, 1000.0))));
        qt().forAll(Gens.vectors(1, 6, Gens.between(-30, 30)), shifts).checkAssert((o, c) -> {
            double[] shifted = Arrays.stream(o).map(v -> v + c).toArray();
            Expect.finite(() -> "softmax of o = " + Arrays.toString(o), forward(f, o)); // NaN would match NaN below
            Expect.agrees(() -> "softmax(o + " + c + ") against softmax(o) for o = " + Arrays.toString(o),
                    forward(f, o), forward(f, shifted));
        });
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.EXAMPLE)
    void doesNotOverflowAtLargeLogits() {
        VectorFunction f = subject();
        for (double[] o : new double[][] {{1000, 999, 0}, {-1000, 0, 1000}, {1000, 1000}, {-1000, -1000, -999}}) {
            Expect.agrees(() -> "softmax of o = " + Arrays.toString(o), StableMath.softmax(o), forward(f, o));
            Expect.finite(() -> "backward at o = " + Arrays.toString(o) + " with dy = 1, -1, ...",
                    f.backward(o.clone(), alternating(o.length)));
        }
    }

    private static double[] alternating(int n) {
        double[] dy = new double[n];
        for (int i = 0; i < n; i++) {
            dy[i] = i % 2 == 0 ? 1 : -1;
        }
        return dy;
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void backwardIsTheJacobianVectorProduct() {
        VectorFunction f = subject();
        qt().forAll(logitsWithUpstream()).checkAssert(p -> {
            double[] o = p.x();
            double[] dy = p.y();
            Expect.agrees(() -> "dx_j = s_j (dy_j - sum_i dy_i s_i) at o = " + Arrays.toString(o) + ", dy = "
                    + Arrays.toString(dy), expectedBackward(o, dy), f.backward(o.clone(), dy.clone()));
        });
    }

    @Test
    @Weight(3)
    void backwardMatchesCentralDifferencesOfForward() {
        VectorFunction f = subject();
        qt().forAll(logitsWithUpstream()).checkAssert(p -> {
            double[] o = p.x();
            double[] dy = p.y();
            GradientCheck.assertMatches("dx at o = " + Arrays.toString(o) + ", dy = " + Arrays.toString(dy),
                    f.backward(o.clone(), dy.clone()), GradientCheck.vjpOf(f, g -> g.forward(o), o, dy));
        });
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.EXAMPLE)
    void agreesWithPytorchSoftmax() {
        VectorFunction f = subject();
        JsonNode fixture = Fixtures.load("losses-softmax");
        for (JsonNode k : fixture.get("cases")) {
            double[] o = Fixtures.doubles(k.get("o"));
            double[] dy = Fixtures.doubles(k.get("dy"));
            String at = " (" + fixture.get("source").asText() + ") at o = " + Arrays.toString(o);
            Expect.agrees(() -> "s" + at, Fixtures.doubles(k.get("s")), forward(f, o));
            Expect.agrees(() -> "dx for dy = " + Arrays.toString(dy) + at, Fixtures.doubles(k.get("dx")),
                    f.backward(o.clone(), dy.clone()));
        }
    }

    @Test
    @Weight(1)
    void doesNotModifyItsInputs() {
        VectorFunction f = subject();
        qt().forAll(logits()).checkAssert(o -> {
            double[] x = Inputs.copy(o);
            double[] dy = Inputs.filled(o.length, 0.5);
            f.forward(x);
            f.backward(x, dy);
            Expect.unchanged("o", o, x);
            Expect.unchanged("dy", Inputs.filled(o.length, 0.5), dy);
        });
    }

    @Test
    @Weight(2)
    @NeedsReference
    void agreesWithTheReference() {
        VectorFunction f = subject();
        VectorFunction r = of(Subjects.reference());
        qt().forAll(logitsWithUpstream()).checkAssert(p -> {
            double[] o = p.x();
            double[] dy = p.y();
            Expect.agrees(() -> "softmax of o = " + Arrays.toString(o), r.forward(o.clone()), forward(f, o));
            Expect.agrees(() -> "backward at o = " + Arrays.toString(o) + ", dy = " + Arrays.toString(dy),
                    r.backward(o.clone(), dy.clone()), f.backward(o.clone(), dy.clone()));
        });
    }
}
