package nngrade.checks.initialization;

import java.util.List;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** init.unit_random: w ~ N(0, 1), and how it saturates a deep tanh network. */
@ProblemId("init.unit_random")
class UnitRandomInitChecks extends GaussianInitializerContract {

    /**
     * At least this fraction of the units of every layer must be saturated (|tanh| &gt; 0.99).
     * Expected: the pre-activations have std about sqrt(500 E[h^2]) = 22, so |z| &gt; 2.65 for about
     * 90% of the units (200 seeds, SpreadSimulationTest: 0.895 to 0.903 in the least saturated
     * layer).
     */
    static final double MIN_SATURATED = 0.8;

    @Override
    protected List<InitCase> cases() {
        return List.of(
                new InitCase(new Setup("unitRandomInit()", s -> s.unitRandomInit(), 200, 150),
                        new WeightLaw.Gaussian(1), "randn"),
                new InitCase(new Setup("unitRandomInit()", s -> s.unitRandomInit(), 40, 700),
                        new WeightLaw.Gaussian(1), "randn"));
    }

    @Override
    protected Gen<Setup> setups() {
        return Configurations.shapes("unitRandomInit()", s -> s.unitRandomInit());
    }

    /** The notes' experiment with "*1.0 instead of *0.01": "almost all neurons completely saturated". */
    @Test
    @Weight(3)
    void almostEveryTanhUnitSaturatesInTenLayers() {
        DeepNetwork.Trace trace = DeepNetwork.run(subject(), Unit.TANH, false, 710);
        double[] saturated = trace.saturated();
        for (int l = 0; l < saturated.length; l++) {
            Expect.that(saturated[l] >= MIN_SATURATED, "layer " + (l + 1) + ": only " + saturated[l]
                    + " of the tanh units have |h| > " + DeepNetwork.SATURATION + "; with N(0, 1) weights about 0.9"
                    + " of them saturate at +-1; " + trace.activations().table(1));
        }
    }
}
