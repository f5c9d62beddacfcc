package nngrade.engine;

/** A check that a request will run, known before it runs: what the parent of a batch expects back. */
public record PlannedCheck(String problemId, String name, int weight, boolean needsReference) {

    public String key() {
        return CheckResult.key(problemId, name);
    }

    /** @return the result of this check when it never reported: no points, with the reason */
    public CheckResult failed(CheckStatus status, String reason) {
        return new CheckResult(problemId, name, weight, needsReference, status, reason, reason, 0);
    }
}
