package nngrade.checks.initialization;

import java.util.List;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.Weight;
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
}
