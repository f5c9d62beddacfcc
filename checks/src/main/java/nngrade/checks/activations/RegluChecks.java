package nngrade.checks.activations;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.problems.Solutions;
import nngrade.problems.activations.GatedGradients;
import nngrade.problems.activations.GatedUnit;
import org.junit.jupiter.api.Test;

/**
 * act.reglu: max(0, X W + b) (.) (X V + c). Gradient checks keep every pre-activation at least
 * {@value #KINK_MARGIN} away from the kink of max(0, .); at the kink itself any ReLU slope in
 * [0, 1] is accepted.
 */
@ProblemId("act.reglu")
class RegluChecks extends GatedUnitContract {

    /** Far larger than the change a step of 1e-6 max(1, |p|) makes to X W + b (entries <= 2). */
    private static final double KINK_MARGIN = 1e-3;

    @Override
    protected GatedUnit of(Solutions s) {
        return s.reglu();
    }

    @Override
    protected double gate(double z) {
        return Math.max(0, z);
    }

    @Override
    protected String name() {
        return "ReGLU";
    }

    @Override
    protected List<Map.Entry<String, GatedUnit>> torchCases(Solutions s) {
        return List.of(Map.entry("reglu", s.reglu()));
    }

    @Override
    protected boolean awayFromKinks(GatedCase c) {
        for (double[] row : c.gatePreactivation()) {
            for (double z : row) {
                if (Math.abs(z) <= KINK_MARGIN) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * With W = 0 and b = 0 every pre-activation sits on the kink: the gate is 0, so dV = 0 and
     * dc = 0, and db_k = sum_i s_ik dY_ik (X V + c)_ik for slopes s_ik in [0, 1].
     */
    @Test
    @Weight(1)
    void backwardAtTheKinkLiesInTheSubdifferential() {
        GatedUnit f = subject();
        qt().forAll(GatedCase.generated(ENTRIES)).checkAssert(c0 -> {
            GatedCase c = c0.withW(new double[c0.in()][c0.out()], new double[c0.out()]);
            GatedGradients g = backward(f, c);
            Supplier<String> at = () -> " at the kink, for " + c;
            Expect.agrees(() -> "dV (the gate is max(0, 0) = 0)" + at.get(), new double[c.in()][c.out()], g.dV());
            Expect.agrees(() -> "dc (the gate is max(0, 0) = 0)" + at.get(), new double[c.out()], g.dc());
            double[][] u = c.linearBranch();
            Expect.shape("db", new double[c.out()], g.db());
            for (int k = 0; k < c.out(); k++) {
                double lo = 0;
                double hi = 0;
                for (int i = 0; i < c.rows(); i++) {
                    double t = c.dy()[i][k] * u[i][k];
                    lo += Math.min(0, t);
                    hi += Math.max(0, t);
                }
                int column = k;
                double low = lo;
                double high = hi;
                Expect.that(g.db()[k] >= lo - 1e-12 && g.db()[k] <= hi + 1e-12,
                        () -> "db[" + column + "] = " + g.db()[column] + at.get() + ": expected sum_i s_i dY_i"
                                + " (X V + c)_i with ReLU slopes s_i in [0, 1], a value in [" + low + ", " + high
                                + "]");
            }
        });
    }
}
