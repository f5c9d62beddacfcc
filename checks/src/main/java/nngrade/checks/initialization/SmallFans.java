package nngrade.checks.initialization;

import nngrade.problems.initialization.FanMode;
import nngrade.problems.initialization.Nonlinearity;

/**
 * Cases at fans of 1 to 3, each law written from the notes' formula. The fixture's shapes are
 * large: there, counting the bias in a fan (fan_in + 1) or Java's integer division in the mean fan
 * ((fan_in + fan_out) / 2) moves the variance by a fraction of a percent, less than any sample
 * shows. At these fans the same slips move it by 17 to 50 percent.
 * {@link RandomInitializerContract#sample} pools draws of a small shape.
 */
final class SmallFans {

    private SmallFans() {
    }

    /** xavierNormalInit(1): std = sqrt(2 / (fan_in + fan_out)); an odd fan sum, as (2, 3). */
    static InitCase xavierNormal(int fanOut, int fanIn) {
        return new InitCase(new Setup("xavierNormalInit(1.0)", s -> s.xavierNormalInit(1.0), fanOut, fanIn),
                new WeightLaw.Gaussian(Math.sqrt(2.0 / (fanIn + fanOut))), "N(0, 2/(fan_in + fan_out))");
    }

    /** kaimingNormalInit(0, mode, RELU): std = gain / sqrt(fan), with gain sqrt(2) for ReLU. */
    static InitCase kaimingNormalRelu(FanMode mode, int fanOut, int fanIn) {
        int fan = mode == FanMode.FAN_IN ? fanIn : fanOut;
        return new InitCase(new Setup("kaimingNormalInit(0.0, " + mode + ", RELU)",
                s -> s.kaimingNormalInit(0, mode, Nonlinearity.RELU), fanOut, fanIn),
                new WeightLaw.Gaussian(Math.sqrt(2.0) / Math.sqrt(fan)), "N(0, 2/fan), fan = " + mode);
    }
}
