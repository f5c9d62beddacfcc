package nngrade.engine;

import java.util.List;
import nngrade.problems.Problem;

/**
 * The result of one grading run.
 *
 * @param scores          one entry per graded problem, in catalogue order
 * @param withoutChecks   catalogue problems that have no checks yet (they count toward no score)
 * @param seed            the seed the run used
 * @param instructorChecks whether instructor-only checks ran
 * @param millis          the wall-clock time of the run
 */
public record GradeReport(List<ProblemScore> scores, List<Problem> withoutChecks, long seed,
        boolean instructorChecks, long millis) {

    public GradeReport {
        scores = List.copyOf(scores);
        withoutChecks = List.copyOf(withoutChecks);
    }

    public double earned() {
        return scores.stream().mapToDouble(ProblemScore::earned).sum();
    }

    public double possible() {
        return scores.stream().mapToDouble(ProblemScore::possible).sum();
    }

    /** @return the score of one problem, or null if it was not graded */
    public ProblemScore score(String problemId) {
        return scores.stream().filter(s -> s.problem().id().equals(problemId)).findFirst().orElse(null);
    }
}
