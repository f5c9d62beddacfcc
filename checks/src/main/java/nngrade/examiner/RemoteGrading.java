package nngrade.examiner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nngrade.engine.CheckObserver;
import nngrade.engine.CheckResult;
import nngrade.engine.CheckStatus;
import nngrade.engine.GradeReport;
import nngrade.engine.GradeRequest;
import nngrade.engine.Grader;
import nngrade.engine.PlannedCheck;
import nngrade.engine.Rehearsal;
import nngrade.problems.Solutions;

/**
 * Runs the checks against a submission in its own JVM: the engine as in-process, the submission
 * behind {@link RemoteSubmission}. Problems the submission has not started are settled at 0
 * without running their checks; every check gets its own time limit; a check during which the
 * host was lost gets 0 with the reason, whatever the check itself made of it.
 */
public final class RemoteGrading {

    private final Grader grader;
    private final CheckLimits limits;

    public RemoteGrading(Grader grader, CheckLimits limits) {
        this.grader = grader;
        this.limits = limits;
    }

    /**
     * @param request  what to run; its submission is replaced by the remote one
     * @param remote   the submission
     * @param observer told of each check as it starts and ends, with its final result
     * @return the report, scored from the final results
     */
    public GradeReport grade(GradeRequest request, RemoteSubmission remote, CheckObserver observer) {
        long start = System.nanoTime();
        List<PlannedCheck> plan = grader.plan(request);
        Map<String, CheckResult> results = new LinkedHashMap<>();
        GradeRequest remoteRequest = new GradeRequest(remote.solutions(), request.reference(), request.problems(),
                request.seed(), request.runsInstructorChecks(), limits.backstop(), request.excludedChecks());
        grader.grade(remoteRequest, new CheckObserver() {
            @Override
            public void started(String problemId, String checkName) {
                if (remote.notStarted().contains(problemId)) {
                    observer.started(problemId, checkName); // settled without running
                    return;
                }
                String key = CheckResult.key(problemId, checkName);
                remote.beginCheck(problemId + ": " + checkName, limits.millis(key), limits.cpuMillis(key),
                        limits.codeCpuMillis(key), limits.warmCodeCpuMillis(key));
                observer.started(problemId, checkName);
            }

            @Override
            public void finished(CheckResult result) {
                if (remote.notStarted().contains(result.problemId())) {
                    results.put(result.key(), result);
                    observer.finished(result);
                    return;
                }
                if (result.status() == CheckStatus.TIMED_OUT) {
                    remote.abandon("the check ran past the engine's own time limit");
                }
                CheckResult fin = settled(result, remote.endCheck());
                results.put(fin.key(), fin);
                observer.finished(fin);
            }
        }, remote.notStarted(), request.reference() == null ? null : rehearsal(remote, request.reference()));
        List<CheckResult> ordered = new ArrayList<>();
        for (PlannedCheck p : plan) {
            CheckResult r = results.get(p.key());
            ordered.add(r != null ? r : p.failed(CheckStatus.ERROR, "not run"));
        }
        return grader.report(request, ordered, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * @return each check rehearsed against the reference first, so the host answers what it asks
     *     in one exchange; run again live if it asks something else
     */
    private static Rehearsal rehearsal(RemoteSubmission remote, Solutions reference) {
        return new Rehearsal() {
            @Override
            public void before(Runnable check) {
                remote.speculate(check, reference);
            }

            @Override
            public boolean diverged() {
                return remote.diverged();
            }

            @Override
            public void beforeRerun() {
                remote.rerunLive();
            }

            @Override
            public void after() {
                remote.endSpeculation();
            }
        };
    }

    /** @return the check's result as it stands once the host's side is known */
    private static CheckResult settled(CheckResult r, RemoteSubmission.CheckEnd end) {
        String printed = end.printed().isEmpty() ? ""
                : "\n\nyour code printed (quoted as text, capped):\n" + end.printed().indent(2).stripTrailing();
        if (end.lost() != null) {
            CheckStatus status = end.lost().timedOut() ? CheckStatus.TIMED_OUT : CheckStatus.ERROR;
            String why = end.lost().getMessage();
            return new CheckResult(r.problemId(), r.name(), r.weight(), r.needsReference(), r.anchor(), status, why,
                    why + printed, r.millis());
        }
        if (r.status() == CheckStatus.TIMED_OUT) {
            String why = "did not finish within its time limit (an infinite loop?): the grader stopped it";
            return new CheckResult(r.problemId(), r.name(), r.weight(), r.needsReference(), r.anchor(), r.status(), why,
                    why + printed, r.millis());
        }
        return printed.isEmpty() ? r : new CheckResult(r.problemId(), r.name(), r.weight(), r.needsReference(), r.anchor(),
                r.status(), r.summary(), r.detail() + printed, r.millis());
    }
}
