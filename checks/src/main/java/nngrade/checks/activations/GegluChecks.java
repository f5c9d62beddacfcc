package nngrade.checks.activations;

import java.util.List;
import java.util.Map;
import nngrade.checks.api.ProblemId;
import nngrade.problems.Solutions;
import nngrade.problems.activations.GatedUnit;

/** act.geglu: GELU(X W + b) (.) (X V + c) with the exact GELU x Phi(x). */
@ProblemId("act.geglu")
class GegluChecks extends GatedUnitContract {

    @Override
    protected GatedUnit of(Solutions s) {
        return s.geglu();
    }

    @Override
    protected double gate(double z) {
        return ClosedForms.gelu(z);
    }

    @Override
    protected String name() {
        return "GEGLU";
    }

    @Override
    protected List<Map.Entry<String, GatedUnit>> torchCases(Solutions s) {
        return List.of(Map.entry("geglu", s.geglu()));
    }
}
