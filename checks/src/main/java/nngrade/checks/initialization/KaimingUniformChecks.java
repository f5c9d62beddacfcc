package nngrade.checks.initialization;

import java.util.List;
import java.util.Random;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Raises;
import nngrade.problems.initialization.FanMode;
import nngrade.problems.initialization.Nonlinearity;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * init.kaiming_uniform: U(-bound, bound), bound = gain sqrt(3/fan), against the exact bound
 * torch.nn.init.kaiming_uniform_ uses (fixture init-torch.json), and in the notes' deep ReLU network.
 */
@ProblemId("init.kaiming_uniform")
class KaimingUniformChecks extends UniformInitializerContract {

    @Override
    protected List<InitCase> cases() {
        return TorchInit.kaimingUniform();
    }

    @Override
    protected Gen<Setup> setups() {
        return Configurations.kaiming(true);
    }

    /** See {@link KaimingExperiments}. */
    @Test
    @Weight(3)
    void tenReluLayersKeepTheSpreadForwardAndBackward() {
        KaimingExperiments.assertReluLayersKeepTheirSpreadBothWays(
                Subjects.submission().kaimingUniformInit(0, FanMode.FAN_IN, Nonlinearity.RELU));
    }

    /** The contract's mode: FAN_IN or FAN_OUT; null is IllegalArgumentException, as torch refuses a mode it does not know. */
    @Test
    @Weight(1)
    void aNullModeIsRejected() {
        Raises.that("kaimingUniformInit(0, null, RELU).initialize(3, 4, random)", IllegalArgumentException.class,
                () -> Subjects.submission().kaimingUniformInit(0, null, Nonlinearity.RELU).initialize(3, 4, new Random(1)));
    }
}
