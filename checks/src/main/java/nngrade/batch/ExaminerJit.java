package nngrade.batch;

import java.util.List;

/**
 * Which of the JVM's compilers an examiner runs, chosen by how many submissions it will grade.
 *
 * <p>An examiner runs the same 807 checks for every submission. C1 alone compiles them cheaply, so a
 * short-lived examiner is fastest with C1 only. C2's code runs them faster, but compiling it costs
 * several seconds of CPU at the start, and on this 2-core machine that CPU comes out of the
 * grading. It pays off over a long run: measured on {@code bench/grade-throughput.sh 50 2} (two
 * examiners, 25 submissions each), examiner CPU summed over the batch:
 *
 * <pre>
 *                                     first 25   last 25   whole batch
 *   C1 only                            48.9 s     41.1 s     90.0 s
 *   C1 and C2, default thresholds     69.0 s     29.0 s     98.0 s
 *   C1 and C2, thresholds below       55.9 s     25.9 s     81.7 s
 * </pre>
 *
 * A warm examiner then spends about 1.0 s of CPU per submission against 1.7 s with C1 alone, and
 * its start costs about 6.5 s more: it breaks even after about ten submissions. Raising C2's
 * thresholds about tenfold keeps it to the code that runs for every submission. Every grade was
 * the same in all three runs. So an examiner that will grade at least {@value #STEADY_FROM}
 * submissions gets both compilers; one that grades a single submission ({@code check --json}), or
 * a few, gets C1 alone.
 *
 * <p>Compile workers keep C1 alone although one serves a whole batch: with both compilers, on the
 * same bench, compiling took 26.7 s summed over the batch against 18.3 s (median 0.33 s against
 * 0.23 s over the last 25), and the batch 118 s against 111 s. Earlier, when an examiner served
 * one submission, C1 alone also made README's main job take 93 s against 122 s, and a cold compile
 * worker 5 s against 8 to 9 s.
 */
final class ExaminerJit {

    /** How many submissions an examiner must be expected to grade to get C2. */
    static final int STEADY_FROM = 16;

    /** C1 only: the least compiling for a JVM that will not run long (compile workers too). */
    static final List<String> QUICK = List.of("-XX:TieredStopAtLevel=1");

    /**
     * C1, then C2 for methods about ten times as hot as C2's defaults ask (5,000 calls, 40,000 loop
     * turns), inlining less than by default (MaxInlineLevel 15, InlineSmallCode 2,500 bytes,
     * FreqInlineSize 325 bytecodes). C2 at work was still a third of a steady examiner's CPU
     * (async-profiler, the 50-bench). With less inlining each of its compilations is smaller, and
     * the code it gives ran the checks as fast: examiner CPU over the 50-bench's batch was 48.2,
     * 54.9, 53.9 and 52.8 s against 59.6, 57.1, 69.5 and 55.1 s, runs interleaved, the same
     * gradebook. Inlining less still (level 4, 500 bytes, 50 bytecodes) gave 48.8 s; turning
     * escape analysis off as well, 51.7 s.
     */
    static final List<String> STEADY = List.of("-XX:TieredStopAtLevel=4", "-XX:Tier4InvocationThreshold=60000",
            "-XX:Tier4MinInvocationThreshold=6000", "-XX:Tier4CompileThreshold=90000",
            "-XX:Tier4BackEdgeThreshold=400000", "-XX:MaxInlineLevel=6", "-XX:InlineSmallCode=1000",
            "-XX:FreqInlineSize=100");

    private ExaminerJit() {
    }

    /**
     * @param submissions how many submissions a batch grades (after those up to date)
     * @param jobs        how many it grades at once, one examiner each
     * @return the compiler flags for each of its examiners
     */
    static List<String> forBatch(int submissions, int jobs) {
        int perExaminer = Math.min(GradingSlot.EXAMINER_JOBS, (submissions + jobs - 1) / Math.max(1, jobs));
        return perExaminer >= STEADY_FROM ? STEADY : QUICK;
    }
}
