package nngrade.checks.babysitting;

import java.util.Random;
import nngrade.checks.api.CheckSettings;

/**
 * The generators of the section's checks: each seeded from the run's seed and a salt naming its
 * use, so a run is reproducible and two uses never share a stream. (The same rule as the
 * initialization checks' Seeds; kept per package, as the checks' packages share no helpers of
 * this kind.)
 */
final class Seeds {

    private Seeds() {
    }

    /** @return a generator seeded from the run's seed and {@code salt} */
    static Random random(long salt) {
        return new Random(CheckSettings.seed() * 0x9E3779B97F4A7C15L + salt);
    }
}
