package nngrade.engine;

import java.time.Duration;
import java.util.Set;
import nngrade.problems.Solutions;

/**
 * One grading run.
 *
 * @param submission        the implementation under test
 * @param reference         the reference, or null where it is not available (a student's
 *                          machine); checks that need it are then left out
 * @param problems          the problem ids to grade; empty means every problem that has checks
 * @param seed              the seed of every generated input
 * @param instructorChecks  whether to run the checks marked NeedsReference
 * @param checkTimeout      the wall-clock limit of one check
 * @param excludedChecks    keys (see {@link CheckResult#key()}) of checks not to run, e.g. those a
 *                          crashed run already settled
 */
public record GradeRequest(Solutions submission, Solutions reference, Set<String> problems,
        long seed, boolean instructorChecks, Duration checkTimeout, Set<String> excludedChecks) {

    /** The per-check limit of `check` and `grade` alike, so a check that passes at home is not stopped when graded. */
    public static final Duration DEFAULT_CHECK_TIMEOUT = Duration.ofSeconds(10);

    public GradeRequest(Solutions submission, Solutions reference, Set<String> problems, long seed,
            boolean instructorChecks, Duration checkTimeout) {
        this(submission, reference, problems, seed, instructorChecks, checkTimeout, Set.of());
    }

    public GradeRequest {
        problems = Set.copyOf(problems);
        excludedChecks = Set.copyOf(excludedChecks);
        if (instructorChecks && reference == null) {
            throw new IllegalArgumentException("instructor checks need the reference");
        }
    }

    /** @return whether checks that need the reference run in this request */
    public boolean runsInstructorChecks() {
        return instructorChecks;
    }

    /** @return whether a check is to run */
    public boolean runs(String problemId, String checkName, boolean needsReference) {
        return selects(problemId) && (instructorChecks || !needsReference)
                && !excludedChecks.contains(CheckResult.key(problemId, checkName));
    }

    /** @return whether a problem id is selected */
    public boolean selects(String problemId) {
        return problems.isEmpty() || problems.contains(problemId);
    }
}
