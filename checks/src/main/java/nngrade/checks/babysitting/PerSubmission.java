package nngrade.checks.babysitting;

import java.util.function.Supplier;
import nngrade.checks.api.CheckSettings;
import nngrade.checks.api.Subjects;

/**
 * A result several checks of one problem read, computed once per submission and seed: a long
 * training run whose trajectory, curve and weights are judged by different checks. Each call into
 * a submission will cross a process boundary, so one run serves them all. A run that throws is not
 * kept: the next check runs it again and meets the same failure on its own. No lock is held while
 * the run is made, so a run abandoned by a timed-out check (a loop that never ends) blocks no
 * other check.
 *
 * @param <T> the result
 */
final class PerSubmission<T> {

    private Object submission;
    private long seed;
    private T value;

    /** @return the result for the submission under test and the run's seed, made by make if new */
    T get(Supplier<T> make) {
        Object current = Subjects.submission();
        long currentSeed = CheckSettings.seed();
        synchronized (this) {
            if (value != null && submission == current && seed == currentSeed) {
                return value;
            }
        }
        T made = make.get();
        synchronized (this) {
            submission = current;
            seed = currentSeed;
            value = made;
        }
        return made;
    }
}
