package nngrade.batch;

import java.time.Duration;
import java.util.Set;
import nngrade.engine.GradeRequest;
import nngrade.reference.ReferenceSolutions;

/**
 * What every submission of a batch is graded with.
 *
 * @param problems         problem ids to grade; empty: all with checks
 * @param seed             the seed of the generated inputs, the same for every student
 * @param instructorChecks whether instructor-only checks run
 */
public record BatchRequest(Set<String> problems, long seed, boolean instructorChecks) {

    public BatchRequest {
        problems = Set.copyOf(problems);
    }

    /** @return the engine request this batch stands for, without a submission: to plan and to score */
    GradeRequest withoutSubmission(Duration checkTimeout) {
        return new GradeRequest(null, instructorChecks ? new ReferenceSolutions() : null, problems, seed,
                instructorChecks, checkTimeout);
    }
}
