package nngrade.checks.activations;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.List;
import java.util.Map;
import nngrade.checks.api.Anchor;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.ValueAnchored;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.problems.Solutions;
import nngrade.problems.activations.GatedUnit;
import org.junit.jupiter.api.Test;

/** act.glu: sigma(X W + b) (.) (X V + c); the sigmoid gates the linear branch X V + c. */
@ProblemId("act.glu")
class GluChecks extends GatedUnitContract {

    @Override
    protected GatedUnit of(Solutions s) {
        return s.glu();
    }

    @Override
    protected double gate(double z) {
        return ClosedForms.sigmoid(z);
    }

    @Override
    protected String name() {
        return "GLU";
    }

    @Override
    protected List<Map.Entry<String, GatedUnit>> torchCases(Solutions s) {
        return List.of(Map.entry("glu", s.glu()));
    }

    /** With W = 0 and b = 0 the gate is sigma(0) = 1/2 everywhere: Y = (X V + c)/2 (computed here). */
    @Test
    @Weight(1)
    @ValueAnchored(Anchor.CLOSED_FORM)
    void withZeroGateWeightsAndBiasTheOutputIsHalfTheLinearBranch() {
        GatedUnit f = subject();
        qt().forAll(GatedCase.generated(ENTRIES)).checkAssert(c0 -> {
            GatedCase c = c0.withW(new double[c0.in()][c0.out()], new double[c0.out()]);
            double[][] expected = c.linearBranch();
            for (double[] row : expected) {
                for (int k = 0; k < row.length; k++) {
                    row[k] *= 0.5;
                }
            }
            Expect.agrees(() -> "GLU with W = 0, b = 0 against (X V + c)/2 for " + c, expected,
                    f.forward(c.x(), c.w(), c.b(), c.v(), c.c()));
        });
    }
}
