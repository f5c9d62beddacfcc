package nngrade.checks.initialization;

import java.util.ArrayList;
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
 * init.kaiming_normal: N(0, std^2), std = gain / sqrt(fan), against the exact std
 * torch.nn.init.kaiming_normal_ uses (fixture init-torch.json), and in the notes' deep ReLU network.
 */
@ProblemId("init.kaiming_normal")
class KaimingNormalChecks extends GaussianInitializerContract {

    @Override
    protected List<InitCase> cases() {
        List<InitCase> cases = new ArrayList<>(TorchInit.kaimingNormal());
        cases.add(SmallFans.kaimingNormalRelu(FanMode.FAN_IN, 3000, 1));
        cases.add(SmallFans.kaimingNormalRelu(FanMode.FAN_OUT, 1, 3000));
        return cases;
    }

    @Override
    protected Gen<Setup> setups() {
        return Configurations.kaiming(false);
    }

    /** See {@link KaimingExperiments}. */
    @Test
    @Weight(3)
    void tenReluLayersKeepTheSpreadForwardAndBackward() {
        KaimingExperiments.assertReluLayersKeepTheirSpreadBothWays(
                Subjects.submission().kaimingNormalInit(0, FanMode.FAN_IN, Nonlinearity.RELU));
    }

    /** The contract's mode: FAN_IN or FAN_OUT; null is IllegalArgumentException, as torch refuses a mode it does not know. */
    @Test
    @Weight(1)
    void aNullModeIsRejected() {
        Raises.that("kaimingNormalInit(0, null, RELU).initialize(3, 4, random)", IllegalArgumentException.class,
                () -> Subjects.submission().kaimingNormalInit(0, null, Nonlinearity.RELU).initialize(3, 4, new Random(1)));
    }
}
