package nngrade.checks.initialization;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.Subjects;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import nngrade.checks.support.Raises;
import nngrade.problems.initialization.Initializer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * init.xavier_normal: N(0, std^2), std = gain sqrt(2/(fan_in + fan_out)), against the exact std
 * torch.nn.init.xavier_normal_ uses (fixture init-torch.json), and in the deep networks of the notes.
 */
@ProblemId("init.xavier_normal")
class XavierNormalChecks extends GaussianInitializerContract {

    @Override
    protected List<InitCase> cases() {
        List<InitCase> cases = new ArrayList<>(TorchInit.xavierNormal());
        cases.add(SmallFans.xavierNormal(2, 3));
        return cases;
    }

    @Override
    protected Gen<Setup> setups() {
        return Configurations.xavier(false);
    }

    /** See {@link XavierExperiments}. */
    @Test
    @Weight(2)
    void tenTanhLayersWithTheTanhGainKeepTheSpreadOfTheActivations() {
        XavierExperiments.assertTanhActivationsKeepTheirSpread(subjectWithGain(XavierExperiments.TANH_GAIN));
    }

    /** See {@link XavierExperiments}. */
    @Test
    @Weight(2)
    void tenLinearLayersKeepTheSpreadForwardAndBackward() {
        XavierExperiments.assertLinearLayersKeepTheirSpreadBothWays(subjectWithGain(1));
    }

    /** torch refuses a negative std or an empty interval; the contract asks for IllegalArgumentException. */
    @Test
    @Weight(1)
    void aNegativeOrNanGainIsRejected() {
        Raises.that("xavierNormalInit(-1).initialize(3, 4, random)", IllegalArgumentException.class,
                () -> subjectWithGain(-1).initialize(3, 4, new Random(1)));
        Raises.that("xavierNormalInit(NaN).initialize(3, 4, random)", IllegalArgumentException.class,
                () -> subjectWithGain(Double.NaN).initialize(3, 4, new Random(1)));
    }

    /** The contract's gain is >= 0: 0 is allowed, and makes every weight 0 (torch's std or bound 0). */
    @Test
    @Weight(1)
    void aZeroGainGivesZeros() {
        double[][] w = subjectWithGain(0).initialize(3, 4, new Random(1));
        Expect.agrees("xavierNormalInit(0).initialize(3, 4, random)", new double[3][4], w);
    }

    private static Initializer subjectWithGain(double gain) {
        return Subjects.submission().xavierNormalInit(gain);
    }
}
