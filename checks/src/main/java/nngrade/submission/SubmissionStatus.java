package nngrade.submission;

import java.util.Arrays;

/**
 * What happened to a submission as a whole, as the gradebook's status column and the summary say
 * it. Only the first three are the student's work graded; the others are listed apart from the
 * statistics, since their zeros say nothing about what the class learnt.
 */
public enum SubmissionStatus {
    /** Every file compiled as written and the checks ran. */
    GRADED("graded", true),
    /** Some files were set aside (replaced by the template's or left out); the rest was graded. */
    PARTLY_COMPILED("partly compiled", true),
    /** Nothing could be compiled even with every faulty file set aside. */
    NOT_COMPILED("does not compile", true),
    /** An empty folder or zip, or one without a single .java file. */
    NO_SOURCES("no sources", false),
    /** A .zip that cannot be read as one. */
    NOT_A_ZIP("not a zip", false),
    /** More files or bytes of sources than a submission may have. */
    TOO_LARGE("too large", false),
    /** The grader itself failed on this submission; a rerun grades it again. */
    GRADER_ERROR("grader error", false);

    private final String label;
    private final boolean inStatistics;

    SubmissionStatus(String label, boolean inStatistics) {
        this.label = label;
        this.inStatistics = inStatistics;
    }

    /** @return the words written in results and the gradebook */
    public String label() {
        return label;
    }

    /** @return whether the submission's total counts in the class statistics */
    public boolean inStatistics() {
        return inStatistics;
    }

    /** @return the status with this label, GRADER_ERROR for an unknown one (a result file from elsewhere) */
    public static SubmissionStatus fromLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst().orElse(GRADER_ERROR);
    }
}
