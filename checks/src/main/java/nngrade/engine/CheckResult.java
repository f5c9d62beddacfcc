package nngrade.engine;

import nngrade.checks.api.Anchor;

/**
 * The outcome of one check.
 *
 * @param problemId       the problem it scores
 * @param name            the check's name in words, e.g. "backward matches central differences"
 * @param weight          its share of the problem's points, relative to the problem's other checks
 * @param needsReference  whether it is instructor-only
 * @param anchor          where its expected values come from; {@link Anchor#NONE} for a property
 *                        check, which pays only as far as the problem's value-anchored checks pass
 * @param status          how it ended
 * @param summary         one line for a terminal: empty when passed
 * @param detail          the whole failure text (smallest input, expected vs actual); empty when passed
 * @param millis          how long it ran
 */
public record CheckResult(String problemId, String name, int weight, boolean needsReference,
        Anchor anchor, CheckStatus status, String summary, String detail, long millis) {

    /** @return the key that names a check uniquely: "problem id/check name" */
    public static String key(String problemId, String name) {
        return problemId + "/" + name;
    }

    public String key() {
        return key(problemId, name);
    }

    public boolean passed() {
        return status == CheckStatus.PASSED;
    }

    /** @return whether it compares the submission's values with values known without it */
    public boolean valueAnchored() {
        return anchor != Anchor.NONE;
    }
}
