package nngrade.checks.activations;

import static nngrade.checks.api.CheckSettings.qt;

import java.util.List;
import java.util.Map;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.problems.Solutions;
import nngrade.problems.activations.GatedUnit;
import org.junit.jupiter.api.Test;

/** act.bilinear: (X W + b) (.) (X V + c), the gated unit with no nonlinearity. */
@ProblemId("act.bilinear")
class BilinearChecks extends GatedUnitContract {

    @Override
    protected GatedUnit of(Solutions s) {
        return s.bilinear();
    }

    @Override
    protected double gate(double z) {
        return z;
    }

    @Override
    protected String name() {
        return "Bilinear";
    }

    @Override
    protected List<Map.Entry<String, GatedUnit>> torchCases(Solutions s) {
        return List.of(Map.entry("bilinear", s.bilinear()));
    }

    /** Swapping (W, b) with (V, c) gives the same output, and swaps dW with dV and db with dc. */
    @Test
    @Weight(1)
    void isSymmetricInItsTwoBranches() {
        GatedUnit f = subject();
        qt().forAll(GatedCase.generated(ENTRIES)).checkAssert(c -> {
            GatedCase swapped = new GatedCase(c.x(), c.v(), c.c(), c.w(), c.b(), c.dy());
            // NaN against NaN would pass the comparisons below
            Expect.finite(() -> "Bilinear for " + c, f.forward(c.x(), c.w(), c.b(), c.v(), c.c()));
            Expect.finite(() -> "dW for " + c, backward(f, c).dW());
            Expect.finite(() -> "db for " + c, backward(f, c).db());
            Expect.agrees(() -> "Bilinear with (W, b) and (V, c) swapped, for " + c,
                    f.forward(c.x(), c.w(), c.b(), c.v(), c.c()),
                    f.forward(swapped.x(), swapped.w(), swapped.b(), swapped.v(), swapped.c()));
            var g = backward(f, c);
            var h = backward(f, swapped);
            Expect.agrees(() -> "dV after the swap against dW before, for " + c, g.dW(), h.dV());
            Expect.agrees(() -> "dc after the swap against db before, for " + c, g.db(), h.dc());
        });
    }
}
