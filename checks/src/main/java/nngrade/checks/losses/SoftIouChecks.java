package nngrade.checks.losses;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.List;
import java.util.function.Function;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Gens;
import nngrade.checks.support.ScaledAgreement;
import nngrade.problems.Solutions;
import nngrade.problems.losses.Loss;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * loss.soft_iou: IoU(X) = I/U with I = sum X_v Y_v and U = sum (X_v + Y_v - X_v Y_v). By the
 * quotient rule dIoU/dX_v = (Y_v U - I (1 - Y_v)) / U^2: the notes' 1/U where Y_v = 1 and
 * -I/U^2 where Y_v = 0, and the same formula for soft targets Y_v in (0, 1).
 */
@ProblemId("loss.soft_iou")
class SoftIouChecks extends LossContract {

    /** Ordinary inputs keep the union at least this large, so 1/U^2 stays moderate. */
    private static final double MIN_UNION = 0.1;
    /**
     * Edge inputs keep U^2 a normal number (U >= 1e-8), so -I/U^2 written either way stays
     * finite; at U = 0 (X = Y = 0) IoU is undefined.
     */
    private static final double MIN_EDGE_UNION = 1e-8;

    @Override
    protected Loss of(Solutions s) {
        return s.softIou();
    }

    private static double intersection(LossCase c) {
        double i = 0;
        for (int v = 0; v < c.prediction().length; v++) {
            i += c.prediction()[v] * c.target()[v];
        }
        return i;
    }

    private static double union(LossCase c) {
        double u = 0;
        for (int v = 0; v < c.prediction().length; v++) {
            u += c.prediction()[v] + c.target()[v] - c.prediction()[v] * c.target()[v];
        }
        return u;
    }

    /** @return soft masks X in [0, 1] with targets from the given generator, union at least minUnion */
    private static Gen<LossCase> masks(Gen<Double> x, Function<Integer, Gen<double[]>> y,
            double minUnion) {
        return LossCase.cases(Gens.vectors(1, 6, x), y).assuming(c -> union(c) >= minUnion);
    }

    private static Gen<LossCase> binaryMasks() {
        return masks(Gens.between(0, 1), Targets::binary, MIN_UNION);
    }

    private static Gen<LossCase> softMasks() {
        return masks(Gens.between(0, 1), n -> Gens.vectors(n, Gens.between(0, 1)), MIN_UNION);
    }

    @Override
    protected Gen<LossCase> smoothCases() {
        return Generate.frequency(Pair.of(1, binaryMasks()), Pair.of(1, softMasks()));
    }

    @Override
    protected Gen<LossCase> edgeCases() {
        Gen<Double> x = Generate.frequency(Pair.of(3, Gens.between(0, 1)),
                Pair.of(2, Generate.pick(List.of(0.0, 1.0, 1e-8, 1 - 1e-8, 0.5))));
        return masks(x, Targets::unitInterval, MIN_EDGE_UNION);
    }

    @Override
    protected List<LossCase> extremeCases() {
        return List.of(new LossCase(new double[] {1e-8, 0, 0}, new double[] {0, 0, 1}),
                new LossCase(new double[] {1e-8}, new double[] {0}),
                new LossCase(new double[] {1, 1, 1}, new double[] {1, 1, 1}),
                new LossCase(new double[] {1, 1e-8, 1 - 1e-8, 0}, new double[] {0, 1, 1, 0}));
    }

    @Override
    protected double scale(LossCase c) {
        return 1; // IoU is in [0, 1]; I and U are sums of non-negative terms
    }

    @Override
    protected double gradientScale(LossCase c) {
        double u = union(c);
        return 2 / u; // (Y U - I (1 - Y)) / U^2 with |Y U| <= U and I <= U
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void valueIsIntersectionOverUnion() {
        Loss loss = subject();
        qt().forAll(smoothCases()).checkAssert(c ->
                ScaledAgreement.agrees("I/U at X, Y = " + c, intersection(c) / union(c), value(loss, c), scale(c)));
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void gradientFollowsTheNotesCasesForBinaryTargets() {
        Loss loss = subject();
        qt().forAll(binaryMasks()).checkAssert(c -> {
            double u = union(c);
            double i = intersection(c);
            double[] expected = new double[c.prediction().length];
            for (int v = 0; v < expected.length; v++) {
                expected[v] = c.target()[v] == 1 ? 1 / u : -i / (u * u);
            }
            ScaledAgreement.agrees("dIoU/dX (1/U where Y = 1, -I/U^2 where Y = 0; I = " + i + ", U = " + u
                    + ") at X, Y = " + c, expected, gradient(loss, c), gradientScale(c));
        });
    }

    @Test
    @Weight(1)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void gradientForSoftTargetsIsTheQuotientRule() {
        Loss loss = subject();
        qt().forAll(softMasks()).checkAssert(c -> {
            double u = union(c);
            double i = intersection(c);
            double[] expected = new double[c.prediction().length];
            for (int v = 0; v < expected.length; v++) {
                double y = c.target()[v];
                expected[v] = (y * u - i * (1 - y)) / (u * u);
            }
            ScaledAgreement.agrees("dIoU/dX = (Y U - I (1 - Y))/U^2 (I = " + i + ", U = " + u + ") at X, Y = " + c,
                    expected, gradient(loss, c), gradientScale(c));
        });
    }
}
