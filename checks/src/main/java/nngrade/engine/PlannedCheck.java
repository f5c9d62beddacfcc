package nngrade.engine;

import nngrade.checks.api.Anchor;

/**
 * A check that a request will run, known before it runs: what the parent of a batch expects back.
 *
 * @param anchor where its expected values come from; {@link Anchor#NONE} for a property check
 */
public record PlannedCheck(String problemId, String name, int weight, boolean needsReference, Anchor anchor) {

    public String key() {
        return CheckResult.key(problemId, name);
    }

    /** @return the result of this check as it ended */
    public CheckResult result(CheckStatus status, String summary, String detail, long millis) {
        return new CheckResult(problemId, name, weight, needsReference, anchor, status, summary, detail, millis);
    }

    /** @return the result of this check when it never reported: no points, with the reason */
    public CheckResult failed(CheckStatus status, String reason) {
        return result(status, reason, reason, 0);
    }

    /** @return the result of this check when its problem is settled without running it: as if it threw NotImplementedYet at once */
    public CheckResult notStarted() {
        return failed(CheckStatus.NOT_IMPLEMENTED, "not implemented yet");
    }
}
