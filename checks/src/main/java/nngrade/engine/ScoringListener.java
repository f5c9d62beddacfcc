package nngrade.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/** Listens to the JUnit Platform as the checks run and keeps one {@link CheckResult} per check. */
final class ScoringListener implements TestExecutionListener {

    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private final List<CheckResult> results = new ArrayList<>();
    private final CheckObserver observer;

    ScoringListener(CheckObserver observer) {
        this.observer = observer;
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        started.put(test.getUniqueId(), System.nanoTime());
        if (test.isTest()) {
            CheckMethods.of(test.getSource()).ifPresent(c -> observer.started(c.problemId(), c.name()));
        }
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        // A skipped check earns nothing but is still counted, so skipping cannot raise a score.
        CheckMethods.of(test.getSource()).ifPresent(check -> record(check, CheckStatus.ERROR,
                "skipped: " + reason, "skipped: " + reason, 0));
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (!test.isTest()) {
            return;
        }
        long millis = (System.nanoTime() - started.getOrDefault(test.getUniqueId(), System.nanoTime())) / 1_000_000;
        CheckMethods.of(test.getSource()).ifPresent(check -> {
            if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                record(check, CheckStatus.PASSED, "", "", millis);
            } else {
                Throwable t = result.getThrowable().orElse(new AssertionError("aborted"));
                record(check, FailureText.status(t), FailureText.summary(t), FailureText.detail(t), millis);
            }
        });
    }

    private synchronized void record(PlannedCheck check, CheckStatus status,
            String summary, String detail, long millis) {
        CheckResult result = check.result(status, summary, detail, millis);
        results.add(result);
        observer.finished(result);
    }

    /** Records the result of a check that is settled without running. */
    synchronized void settle(CheckResult result) {
        observer.started(result.problemId(), result.name());
        results.add(result);
        observer.finished(result);
    }

    synchronized List<CheckResult> results() {
        return List.copyOf(results);
    }
}
