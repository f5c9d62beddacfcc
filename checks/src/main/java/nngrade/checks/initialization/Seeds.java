package nngrade.checks.initialization;

import java.util.Random;
import nngrade.checks.api.CheckSettings;

/**
 * The generators of the statistical checks: every one is seeded from the run's seed and a salt
 * naming its use, so a run is reproducible and two uses never share a stream.
 */
final class Seeds {

    private Seeds() {
    }

    /** @return a generator seeded from the run's seed and {@code salt} */
    static Random random(long salt) {
        return new Random(seed(salt));
    }

    /** @return a seed derived from the run's seed and {@code salt} */
    static long seed(long salt) {
        return CheckSettings.seed() * 0x9E3779B97F4A7C15L + salt;
    }
}
