package nngrade.batch;

import java.time.Duration;
import nngrade.engine.GradeRequest;

/**
 * What one submission may use in a batch.
 *
 * @param submissionTimeout wall-clock limit for all of a submission's work: compiling and checks
 * @param checkTimeout      wall-clock limit for every check, or null for each check's own limit,
 *                          derived from the reference's time on it (see CheckLimits)
 * @param heapMegabytes     the heap of the submission's JVM (and of the compile worker, at least 256 MB)
 * @param maxRestarts       how many times a failed examiner is replaced before the rest of the checks are given up
 */
public record Limits(Duration submissionTimeout, Duration checkTimeout, int heapMegabytes, int maxRestarts) {

    /** Compiling may take this long at most, whatever is left of the submission's time. */
    static final Duration MAX_COMPILE = Duration.ofSeconds(60);

    public static Limits defaults() {
        return new Limits(Duration.ofSeconds(300), null, 512, 20);
    }

    /** @return the fixed per-check limit, or the engine's default where each check has its own */
    Duration checkTimeoutOrDefault() {
        return checkTimeout != null ? checkTimeout : GradeRequest.DEFAULT_CHECK_TIMEOUT;
    }
}
