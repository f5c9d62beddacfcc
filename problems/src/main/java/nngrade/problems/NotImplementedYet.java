package nngrade.problems;

/**
 * Thrown by every method a student has not written yet.
 *
 * <p>The grader recognizes it and reports the problem as "not implemented yet" in one line,
 * without a stack trace, and scores it 0.
 */
public class NotImplementedYet extends UnsupportedOperationException {
    private static final long serialVersionUID = 1L;

    /** The last one made on each thread: how the grader's checks learn that they met one. */
    private static final ThreadLocal<NotImplementedYet> LAST_MADE = new ThreadLocal<>();
    /** How many were made on any thread: read on every draw of a check, where a thread-local lookup costs more. */
    private static final java.util.concurrent.atomic.AtomicLong MADE = new java.util.concurrent.atomic.AtomicLong();

    private final String problemId;

    /** @param problemId the catalogue id of the problem, e.g. {@code "act.relu"} */
    public NotImplementedYet(String problemId) {
        super(problemId + " is not implemented yet");
        this.problemId = problemId;
        LAST_MADE.set(this);
        MADE.incrementAndGet();
    }

    public String problemId() {
        return problemId;
    }

    /**
     * @return the last one made on the calling thread, or null if none was: a check that sees a
     *     new one here after a call into a submission stops searching for a smaller failing input
     *     (for "not implemented yet" there is none to find)
     */
    public static NotImplementedYet lastMadeOnThisThread() {
        return LAST_MADE.get();
    }

    /**
     * @return how many were made so far on any thread, never less than before: while it stays the
     *     same, {@link #lastMadeOnThisThread} does too, so a caller that asks often need look
     *     further only when it changed
     */
    public static long madeOnAnyThread() {
        return MADE.get();
    }
}
