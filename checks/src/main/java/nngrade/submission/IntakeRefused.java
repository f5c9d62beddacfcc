package nngrade.submission;

/** A submission that cannot be graded at all: empty, not a readable zip, or too large. */
public final class IntakeRefused extends Exception {
    private static final long serialVersionUID = 1L;

    private final SubmissionStatus status;

    /**
     * @param status   NO_SOURCES, NOT_A_ZIP or TOO_LARGE
     * @param sentence what was found and what to do, for the student's report
     */
    public IntakeRefused(SubmissionStatus status, String sentence) {
        super(sentence);
        this.status = status;
    }

    public SubmissionStatus status() {
        return status;
    }
}
