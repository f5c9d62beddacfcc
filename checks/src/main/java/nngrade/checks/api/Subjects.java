package nngrade.checks.api;

import nngrade.problems.Solutions;

/**
 * What the checks examine: the submission under test and, for instructor-only checks, the
 * reference. The grading engine sets both before it launches the checks and clears them after.
 */
public final class Subjects {

    private static volatile Solutions submission;
    private static volatile Solutions reference;

    private Subjects() {
    }

    /** @return the implementation under test */
    public static Solutions submission() {
        Solutions s = submission;
        if (s == null) {
            throw new IllegalStateException("no submission under test: run the checks through the grading engine");
        }
        return s;
    }

    /** @return the reference implementation; only checks marked {@link NeedsReference} may call this */
    public static Solutions reference() {
        Solutions r = reference;
        if (r == null) {
            throw new IllegalStateException("the reference is not available in this run");
        }
        return r;
    }

    /** Engine only: installs the subjects of one grading run; reference may be null. */
    public static void install(Solutions underTest, Solutions referenceOrNull) {
        submission = underTest;
        reference = referenceOrNull;
    }

    /** Engine only: forgets the subjects after a run. */
    public static void clear() {
        submission = null;
        reference = null;
    }
}
