package nngrade.examiner;

/**
 * The submission's JVM is gone in the middle of a call: it was stopped at the check's time limit,
 * it died (out of memory, say), or it broke the protocol. An Error, so that no check mistakes it
 * for something the submission threw; the check during which it happened gets 0 with the reason,
 * and the next check starts a fresh JVM.
 */
public final class SubmissionLost extends Error {
    private static final long serialVersionUID = 1L;

    private final boolean timedOut;

    SubmissionLost(String reason, boolean timedOut) {
        super(reason);
        this.timedOut = timedOut;
    }

    /** @return whether the JVM was stopped because the check ran out of time */
    public boolean timedOut() {
        return timedOut;
    }
}
