package nngrade.checks.schedules;

import java.util.List;
import nngrade.checks.support.Gens;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of schedule hyperparameters, drawn from the run's seeded source. */
final class ScheduleGens {

    private ScheduleGens() {
    }

    /** @return positive values log-uniform in [lo, hi] */
    static Gen<Double> logUniform(double lo, double hi) {
        return Gens.logMagnitudes(lo, hi).map(Math::abs);
    }

    /** @return values log-uniform in [lo, hi], or 0 one time in four */
    static Gen<Double> zeroOrLogUniform(double lo, double hi) {
        return Generate.frequency(Pair.of(1, Generate.constant(0.0)), Pair.of(3, logUniform(lo, hi)));
    }

    /** @return integers in [lo, hi], as the doubles hyperparameters are kept in */
    static Gen<Double> integers(int lo, int hi) {
        return Generate.range(lo, hi).map(Integer::doubleValue);
    }

    /** @return factors in [0.05, 1], with the notes' 0.5 (halving) often */
    static Gen<Double> gammas() {
        return Generate.frequency(Pair.of(1, Generate.pick(List.of(0.5, 0.1, 1.0))), Pair.of(2, Gens.between(0.05, 1)));
    }
}
