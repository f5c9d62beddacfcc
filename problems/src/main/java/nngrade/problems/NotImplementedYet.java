package nngrade.problems;

/**
 * Thrown by every method a student has not written yet.
 *
 * <p>The grader recognizes it and reports the problem as "not implemented yet" in one line,
 * without a stack trace, and scores it 0.
 */
public class NotImplementedYet extends UnsupportedOperationException {
    private static final long serialVersionUID = 1L;

    private final String problemId;

    /** @param problemId the catalogue id of the problem, e.g. {@code "act.relu"} */
    public NotImplementedYet(String problemId) {
        super(problemId + " is not implemented yet");
        this.problemId = problemId;
    }

    public String problemId() {
        return problemId;
    }
}
