package nngrade.engine;

/**
 * What a grading run may do around each check (see {@link RehearsalInterceptor}): learn before
 * the check runs what it will ask the submission, so the answers come in one exchange, and have
 * the check run again when it asks something else. In-process grading has none.
 */
public interface Rehearsal {

    /**
     * Before a check runs for real.
     *
     * @param check runs the check once, with whatever subjects are installed; its verdict is ignored
     */
    void before(Runnable check);

    /** @return whether the run that just ended left what was predicted, so that its verdict means nothing */
    boolean diverged();

    /** Before the check runs again after {@link #diverged}: live, on fresh objects. */
    void beforeRerun();

    /** After the check, whichever way it ended. */
    void after();
}
