package nngrade.checks.initialization;

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
 * init.xavier_uniform: U(-a, a), a = gain sqrt(6/(fan_in + fan_out)), against the exact bound
 * torch.nn.init.xavier_uniform_ uses (fixture init-torch.json), and in the deep networks of the notes.
 */
@ProblemId("init.xavier_uniform")
class XavierUniformChecks extends UniformInitializerContract {

    @Override
    protected List<InitCase> cases() {
        return TorchInit.xavierUniform();
    }

    @Override
    protected Gen<Setup> setups() {
        return Configurations.xavier(true);
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
        Raises.that("xavierUniformInit(-1).initialize(3, 4, random)", IllegalArgumentException.class,
                () -> subjectWithGain(-1).initialize(3, 4, new Random(1)));
        Raises.that("xavierUniformInit(NaN).initialize(3, 4, random)", IllegalArgumentException.class,
                () -> subjectWithGain(Double.NaN).initialize(3, 4, new Random(1)));
    }

    /** The contract's gain is >= 0: 0 is allowed, and makes every weight 0 (torch's std or bound 0). */
    @Test
    @Weight(1)
    void aZeroGainGivesZeros() {
        double[][] w = subjectWithGain(0).initialize(3, 4, new Random(1));
        Expect.agrees("xavierUniformInit(0).initialize(3, 4, random)", new double[3][4], w);
    }

    private static Initializer subjectWithGain(double gain) {
        return Subjects.submission().xavierUniformInit(gain);
    }
}
