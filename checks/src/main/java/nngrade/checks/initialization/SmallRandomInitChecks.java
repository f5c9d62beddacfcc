package nngrade.checks.initialization;

import java.util.List;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** init.small_random: w ~ N(0, 0.01^2), and how it makes a deep tanh network's activations collapse. */
@ProblemId("init.small_random")
class SmallRandomInitChecks extends GaussianInitializerContract {

    /** The std every weight must have. */
    static final double STD = 0.01;
    /**
     * Each layer must shrink the std of the activations at least this much. Expected: about
     * 0.01 sqrt(500) = 0.22 (tanh is linear near 0); 0.5 leaves a margin of more than 2 (over 200
     * seeds, SpreadSimulationTest: at most 0.229).
     */
    static final double MAX_RATIO_PER_LAYER = 0.5;
    /** The std of layer 10 must be below this. Expected: 0.22^10, about 3e-7 (200 seeds: at most 3.2e-7). */
    static final double MAX_LAST_STD = 1e-5;

    @Override
    protected List<InitCase> cases() {
        return List.of(
                new InitCase(new Setup("smallRandomInit()", s -> s.smallRandomInit(), 200, 150),
                        new WeightLaw.Gaussian(STD), "0.01 * randn"),
                new InitCase(new Setup("smallRandomInit()", s -> s.smallRandomInit(), 40, 700),
                        new WeightLaw.Gaussian(STD), "0.01 * randn"));
    }

    @Override
    protected Gen<Setup> setups() {
        return Configurations.shapes("smallRandomInit()", s -> s.smallRandomInit());
    }

    /** The notes' experiment: 10 tanh layers of 500 units, W = 0.01 randn: "all activations become zero". */
    @Test
    @Weight(3)
    void tanhActivationsCollapseTowardZeroInTenLayers() {
        DeepNetwork.Trace trace = DeepNetwork.run(subject(), Unit.TANH, false, 700);
        LayerStatistics act = trace.activations();
        double[] std = act.std();
        for (int l = 1; l < std.length; l++) {
            Expect.that(std[l] <= MAX_RATIO_PER_LAYER * std[l - 1], "the std of the activations should shrink by a"
                    + " factor of about 0.01 sqrt(500) = 0.22 per layer, but layer " + (l + 1) + " has "
                    + std[l] + " against " + std[l - 1] + " for layer " + l + "; " + act.table(1));
        }
        Expect.that(std[std.length - 1] <= MAX_LAST_STD, () -> "after 10 layers the activations should have collapsed"
                + " toward 0 (std about 3e-7), got std " + std[std.length - 1] + "; " + act.table(1));
    }
}
