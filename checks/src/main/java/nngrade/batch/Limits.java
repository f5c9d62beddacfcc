package nngrade.batch;

import java.time.Duration;

/**
 * What one submission may use in a batch.
 *
 * @param submissionTimeout wall-clock limit for all of a submission's checks
 * @param checkTimeout      wall-clock limit for one check
 * @param heapMegabytes     the child JVM's heap
 * @param maxRestarts       how many times a crashed child is restarted before the rest of the checks are given up
 */
public record Limits(Duration submissionTimeout, Duration checkTimeout, int heapMegabytes, int maxRestarts) {

    public static Limits defaults() {
        return new Limits(Duration.ofSeconds(300), Duration.ofSeconds(10), 512, 20);
    }
}
