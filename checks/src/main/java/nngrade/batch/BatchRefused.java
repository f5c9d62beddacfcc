package nngrade.batch;

/**
 * A batch that must not start, said in one sentence before anything is written: two submissions
 * with one id, an unknown --student, OUT inside SUBMISSIONS, OUT locked by another run.
 */
public final class BatchRefused extends Exception {
    private static final long serialVersionUID = 1L;

    public BatchRefused(String sentence) {
        super(sentence);
    }
}
