package nngrade.checks.losses;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.List;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Gens;
import nngrade.checks.support.ScaledAgreement;
import nngrade.checks.support.Tolerance;
import nngrade.problems.Solutions;
import nngrade.problems.losses.Loss;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** loss.l2: L = ||q - t||^2 = sum_i (q_i - t_i)^2, dL/dq = 2 (q - t). */
@ProblemId("loss.l2")
class L2LossChecks extends LossContract {

    @Override
    protected Loss of(Solutions s) {
        return s.l2Loss();
    }

    @Override
    protected Gen<LossCase> smoothCases() {
        return LossCase.cases(Gens.vectors(1, 6, Gens.between(-5, 5)), n -> Gens.vectors(n, Gens.between(-5, 5)));
    }

    @Override
    protected Gen<LossCase> edgeCases() {
        return LossCase.cases(Gens.vectors(1, 6, Gens.scalars()), n -> Gens.vectors(n, Gens.scalars()));
    }

    @Override
    protected List<LossCase> extremeCases() {
        return List.of(new LossCase(new double[] {1000, -1000, 1e-8}, new double[] {-1000, 1000, 0}),
                new LossCase(new double[] {-1000, 1000}, new double[] {-1000, -1000}));
    }

    @Override
    protected double scale(LossCase c) {
        // the terms (q_i - t_i)^2 are at most (|q_i| + |t_i|)^2
        double s = 0;
        for (int i = 0; i < c.prediction().length; i++) {
            double a = Math.abs(c.prediction()[i]) + Math.abs(c.target()[i]);
            s += a * a;
        }
        return s;
    }

    @Override
    protected double gradientScale(LossCase c) {
        double s = 0;
        for (int i = 0; i < c.prediction().length; i++) {
            s = Math.max(s, Math.abs(c.prediction()[i]) + Math.abs(c.target()[i]));
        }
        return s;
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.EXAMPLE)
    void reproducesTheNotesVectorizedExample() {
        // q = W x = (0.22, 0.26) with target 0: L = 0.116 and dL/dq = (0.44, 0.52)
        LossCase c = new LossCase(new double[] {0.22, 0.26}, new double[] {0, 0});
        Loss loss = subject();
        Expect.near("L = ||q||^2 at q = (0.22, 0.26)", 0.116, value(loss, c), 0, Tolerance.NOTES_ABS);
        Expect.near("dL/dq = 2 q at q = (0.22, 0.26)", new double[] {0.44, 0.52}, gradient(loss, c), 0,
                Tolerance.NOTES_ABS);
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void valueIsTheSquaredDistance() {
        Loss loss = subject();
        qt().forAll(smoothCases()).checkAssert(c -> {
            double expected = 0;
            for (int i = 0; i < c.prediction().length; i++) {
                double d = c.prediction()[i] - c.target()[i];
                expected += d * d;
            }
            ScaledAgreement.agrees("||q - t||^2 at " + c, expected, value(loss, c), scale(c));
        });
    }

    @Test
    @Weight(2)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void gradientIsTwiceTheDifference() {
        Loss loss = subject();
        qt().forAll(smoothCases()).checkAssert(c -> {
            double[] expected = new double[c.prediction().length];
            for (int i = 0; i < expected.length; i++) {
                expected[i] = 2 * (c.prediction()[i] - c.target()[i]);
            }
            ScaledAgreement.agrees("dL/dq = 2 (q - t) at " + c, expected, gradient(loss, c), gradientScale(c));
        });
    }
}
