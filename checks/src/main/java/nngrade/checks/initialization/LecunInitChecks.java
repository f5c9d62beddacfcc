package nngrade.checks.initialization;

import java.util.List;
import nngrade.checks.api.ProblemId;
import nngrade.checks.api.Weight;
import nngrade.checks.support.Expect;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** init.lecun: w ~ N(0, 1/fan_in), so that a linear layer keeps the variance of its input. */
@ProblemId("init.lecun")
class LecunInitChecks extends GaussianInitializerContract {

    @Override
    protected List<InitCase> cases() {
        // the last two at fans of 1 and 3, where N(0, 1/(fan_in + 1)) is 25 to 50 percent off (SmallFans)
        return List.of(lecun(300, 100), lecun(100, 300), lecun(40, 700), lecun(3000, 1), lecun(1000, 3));
    }

    private static InitCase lecun(int fanOut, int fanIn) {
        return new InitCase(new Setup("lecunInit()", s -> s.lecunInit(), fanOut, fanIn),
                new WeightLaw.Gaussian(Math.sqrt(1.0 / fanIn)), "N(0, 1/fan_in)");
    }

    @Override
    protected Gen<Setup> setups() {
        return Configurations.shapes("lecunInit()", s -> s.lecunInit());
    }

    /**
     * Var(y) = (n Var(w)) Var(x) for y = sum_i w_i x_i (the notes' calibration): with
     * n Var(w) = 1 the std of every one of 10 linear layers stays within a factor of
     * {@value Spread#FACTOR} of the input's (200 seeds, SpreadSimulationTest: at most 1.07 apart).
     */
    @Test
    @Weight(3)
    void tenLinearLayersKeepTheVarianceOfTheInput() {
        DeepNetwork.Trace trace = DeepNetwork.run(subject(), Unit.LINEAR, false, 720);
        double inputStd = trace.input().std()[0];
        double[] std = trace.activations().std();
        for (int l = 0; l < std.length; l++) {
            double ratio = std[l] / inputStd;
            Expect.that(ratio <= Spread.FACTOR && ratio >= 1 / Spread.FACTOR, "layer " + (l + 1)
                    + " of a linear network: the std of W x is " + std[l] + ", the input's " + inputStd
                    + "; with Var(w) = 1/fan_in they should be about equal; " + trace.activations().table(1));
        }
    }
}
