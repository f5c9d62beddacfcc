package nngrade.checks.initialization;

import java.util.function.Function;
import nngrade.problems.Solutions;
import nngrade.problems.initialization.FanMode;
import nngrade.problems.initialization.Initializer;
import nngrade.problems.initialization.Nonlinearity;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Generated configurations for the comparison with the reference: hyperparameters drawn from
 * their whole range and shapes of 30 to 200 rows and columns (900 to 40000 weights, enough for the
 * tests of the contracts to see a wrong scale).
 */
final class Configurations {

    private Configurations() {
    }

    /** @return the problem's one configuration on generated shapes */
    static Gen<Setup> shapes(String description, Function<Solutions, Initializer> factory) {
        return sides().zip(sides(), (fanOut, fanIn) -> new Setup(description, factory, fanOut, fanIn));
    }

    /** @return xavier*Init(gain) with gain in [0.1, 3] */
    static Gen<Setup> xavier(boolean uniform) {
        Gen<Double> gains = SourceDSL.doubles().between(0.1, 3);
        return gains.zip(sides(), sides(), (gain, fanOut, fanIn) -> new Setup(
                (uniform ? "xavierUniformInit(" : "xavierNormalInit(") + gain + ")",
                s -> uniform ? s.xavierUniformInit(gain) : s.xavierNormalInit(gain), fanOut, fanIn));
    }

    /** @return kaiming*Init(a, mode, nonlinearity) with a in [-1, 3] and any mode and nonlinearity */
    static Gen<Setup> kaiming(boolean uniform) {
        Gen<Double> slopes = SourceDSL.doubles().between(-1, 3);
        Gen<FanMode> modes = Generate.enumValues(FanMode.class);
        Gen<Nonlinearity> nonlinearities = Generate.enumValues(Nonlinearity.class);
        Gen<int[]> shape = sides().zip(sides(), (fanOut, fanIn) -> new int[] {fanOut, fanIn});
        return slopes.zip(modes, nonlinearities, shape, (a, mode, nl, fans) -> new Setup(
                (uniform ? "kaimingUniformInit(" : "kaimingNormalInit(") + a + ", " + mode + ", " + nl + ")",
                s -> uniform ? s.kaimingUniformInit(a, mode, nl) : s.kaimingNormalInit(a, mode, nl),
                fans[0], fans[1]));
    }

    private static Gen<Integer> sides() {
        return Generate.range(30, 200);
    }
}
