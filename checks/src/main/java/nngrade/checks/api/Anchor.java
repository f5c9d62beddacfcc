package nngrade.checks.api;

/**
 * Where a check's expected values come from. A check anchored to values (anything but
 * {@link #NONE}) fails for a submission that does not compute the problem's values: a constant,
 * an echo of the input, NaN or garbage. The engine lets the other checks of a problem pay only as
 * far as these pass (see {@code nngrade.engine.ProblemScore}), and reports their failures first,
 * in this order: the first constant is the most telling evidence for a student.
 */
public enum Anchor {
    /**
     * Values at fixed inputs computed outside the submission: the worked examples of the notes,
     * values PyTorch computed (the fixtures), exact values at special points.
     */
    EXAMPLE,
    /** The formula of the notes evaluated by the check itself on generated inputs. */
    CLOSED_FORM,
    /** Agreement with the reference implementation on generated inputs (instructor-only). */
    REFERENCE,
    /**
     * Not anchored to values: a property the submission can satisfy without computing the problem
     * (a gradient against its own forward, an invariance, finiteness, shapes, inputs left alone,
     * an exception the contract documents).
     */
    NONE
}
