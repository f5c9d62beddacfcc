package nngrade.checks.backprop;

import java.util.List;
import nngrade.checks.support.Gens;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The constants c of the scale and offset gates: ordinary values and the special ones. */
final class GateConstants {

    private GateConstants() {
    }

    private static final List<Double> SPECIAL = List.of(0.0, 1.0, -1.0, 2.0, 0.5, -1000.0, 1000.0);

    /** @return 70% uniform in [-5, 5], 30% from {@link #special()} */
    static Gen<Double> constants() {
        return Generate.frequency(Pair.of(7, Gens.between(-5, 5)), Pair.of(3, Generate.pick(SPECIAL)))
                .describedAs(c -> "c = " + c);
    }

    /** @return the special constants: 0, +-1, 2, 0.5 and +-1000 */
    static double[] special() {
        return SPECIAL.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
