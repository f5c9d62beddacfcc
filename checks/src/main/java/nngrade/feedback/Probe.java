package nngrade.feedback;

import java.util.Set;
import nngrade.problems.Solutions;

/**
 * Draws the picture of a problem from a submission: calls it on the inputs of a plot and puts
 * its curve beside the correct one. A probe runs where the checks run (in the examiner for
 * graded work, through the same proxies as the checks; in the student's own JVM for
 * {@code check --html}), never where submitted code runs as trusted code. The correct curve comes
 * from the public closed forms and fixtures the public checks use, so a handout draws it too;
 * where a reference is given, a probe may draw the reference's curve as well.
 */
public interface Probe {

    /** @return the problem ids this probe draws */
    Set<String> problems();

    /**
     * @param problemId  one of {@link #problems()}
     * @param submission the submission (any call may throw, loop or lie: the caller guards it)
     * @param reference  the reference, or null where there is none (a student's handout)
     * @return the pictures, in the order they are shown
     */
    java.util.List<Plot> plots(String problemId, Solutions submission, Solutions reference);
}
