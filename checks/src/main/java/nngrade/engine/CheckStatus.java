package nngrade.engine;

/** How one check ended. Only PASSED earns points. */
public enum CheckStatus {
    PASSED,
    /** An assertion of the check failed: the submission computed something wrong. */
    FAILED,
    /** The submission threw NotImplementedYet. */
    NOT_IMPLEMENTED,
    /** The submission threw something else (NullPointerException, ArithmeticException, ...). */
    ERROR,
    /** The check ran past its time limit. */
    TIMED_OUT
}
