package nngrade.checks.activations;

import java.util.List;
import java.util.Map;
import nngrade.checks.api.ProblemId;
import nngrade.problems.Solutions;
import nngrade.problems.activations.GatedUnit;

/**
 * act.swiglu: Swish_beta(X W + b) (.) (X V + c) with Swish_beta(z) = z sigma(beta z) and beta fixed
 * by the factory. The contract's checks use beta = 1.5; the torch case also beta = 1.
 */
@ProblemId("act.swiglu")
class SwigluChecks extends GatedUnitContract {

    private static final double BETA = 1.5;

    @Override
    protected GatedUnit of(Solutions s) {
        return s.swiglu(BETA);
    }

    @Override
    protected double gate(double z) {
        return ClosedForms.swish(z, BETA);
    }

    @Override
    protected String name() {
        return "SwiGLU(beta = " + BETA + ")";
    }

    @Override
    protected List<Map.Entry<String, GatedUnit>> torchCases(Solutions s) {
        return List.of(Map.entry("swiglu_1", s.swiglu(1)), Map.entry("swiglu_1.5", s.swiglu(1.5)));
    }
}
