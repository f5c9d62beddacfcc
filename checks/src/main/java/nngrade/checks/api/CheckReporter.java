package nngrade.checks.api;

import java.util.List;
import nngrade.problems.NotImplementedYet;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Reporter;

/**
 * How a falsified property is reported: as a {@link Falsified} whose cause is exactly what the
 * submission threw (QuickTheories' own reporter flattens the cause into text). A problem that is
 * not implemented yet is reported as such, without an input.
 */
final class CheckReporter implements Reporter {

    @Override
    public void falisification(long seed, int examplesUsed, Object smallest, Throwable cause,
            List<Object> examples, AsString<Object> toString) {
        if (cause instanceof NotImplementedYet notImplemented) {
            throw notImplemented;
        }
        throw new Falsified(toString.asString(smallest), examplesUsed, seed, cause);
    }

    @Override
    public void falisification(long seed, int examplesUsed, Object smallest, List<Object> examples,
            AsString<Object> toString) {
        throw new Falsified(toString.asString(smallest), examplesUsed, seed, null);
    }

    @Override
    public void valuesExhausted(int examplesFound) {
        throw new IllegalStateException("the check's generator produced only " + examplesFound
                + " examples before running out: a bug in the check, not in the submission");
    }
}
