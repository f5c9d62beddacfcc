package nngrade.examiner;

import java.util.List;

/**
 * What a parent asks an examiner: grade one compiled submission.
 *
 * @param classes            the submission's compiled classes
 * @param seed               the seed of the generated inputs
 * @param problems           the problem ids to grade; empty: all with checks
 * @param instructor         whether instructor-only checks run
 * @param heapMegabytes      the submission's heap
 * @param cpuSeconds         the submission JVM's CPU limit (a backstop)
 * @param checkTimeoutMillis a limit for every check, or 0 for the calibrated limits
 * @param excluded           keys of checks already settled (by an examiner that died)
 */
public record GradeJob(String classes, long seed, List<String> problems, boolean instructor, int heapMegabytes,
        long cpuSeconds, long checkTimeoutMillis, List<String> excluded) {
}
