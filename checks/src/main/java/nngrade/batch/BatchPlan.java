package nngrade.batch;

import java.util.List;
import nngrade.engine.CheckStatus;
import nngrade.engine.GradeReport;
import nngrade.engine.GradeRequest;
import nngrade.engine.Grader;
import nngrade.engine.PlannedCheck;

/**
 * The checks every submission of a batch owes, discovered once, and how to score results for them.
 *
 * @param grader  scores results with the catalogue's points
 * @param request the batch's request without a submission
 * @param checks  every check, in the order they run
 */
record BatchPlan(Grader grader, GradeRequest request, List<PlannedCheck> checks) {

    BatchPlan {
        checks = List.copyOf(checks);
    }

    /** @return the problem ids graded, in catalogue order */
    List<String> problems() {
        return zero(CheckStatus.ERROR, "").scores().stream().map(s -> s.problem().id()).toList();
    }

    /** @return a report in which no check ran, each failed with {@code why} */
    GradeReport zero(CheckStatus status, String why) {
        return grader.report(request, checks.stream().map(c -> c.failed(status, why)).toList(), 0);
    }
}
