package nngrade.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nngrade.engine.CheckResult;
import nngrade.engine.CheckStatus;
import nngrade.engine.GradeReport;
import nngrade.engine.GradeRequest;
import nngrade.engine.Grader;
import nngrade.engine.PlannedCheck;

/**
 * Grades one compiled submission in child JVMs, treating it as hostile. Every planned check
 * starts at 0 and earns points only from an "end" message this parent received for it; a check
 * during which the child died, hung or ran out of memory gets 0 with a sentence saying so, and
 * a fresh child goes on with the checks not yet settled.
 */
final class IsolatedGrading {

    /** How often the parent looks at the clock while waiting for the child. */
    private static final long POLL_MILLIS = 50;

    private final Grader grader;
    private final BatchRequest request;
    private final Limits limits;

    private final GradeRequest planRequest;
    private final List<PlannedCheck> planned;

    /** @param planned the checks every submission of the batch owes, discovered once per batch */
    IsolatedGrading(Grader grader, BatchRequest request, Limits limits, List<PlannedCheck> planned) {
        this.grader = grader;
        this.request = request;
        this.limits = limits;
        this.planRequest = request.withoutSubmission(limits.checkTimeout());
        this.planned = planned;
    }

    /** What happened to one submission. */
    record Outcome(GradeReport report, List<String> events, long jvmStartMillis, long checksMillis) {
    }

    Outcome grade(Path classes) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Map<String, PlannedCheck> plan = new LinkedHashMap<>();
        planned.forEach(c -> plan.put(c.key(), c));
        Run run = new Run(plan, System.nanoTime() + limits.submissionTimeout().toNanos());
        int restarts = 0;
        while (run.results.size() < plan.size()) {
            if (restarts > limits.maxRestarts()) {
                run.failRest(CheckStatus.ERROR, "not run: the submission's JVM crashed " + restarts + " times");
                break;
            }
            if (run.outOfTime()) {
                run.failRest(CheckStatus.TIMED_OUT, "not run: the submission used up its time budget of "
                        + limits.submissionTimeout().toSeconds() + " s");
                break;
            }
            if (!runChild(classes, run)) {
                restarts++;
            }
        }
        List<CheckResult> ordered = plan.keySet().stream().map(run.results::get).toList();
        long millis = (System.nanoTime() - start) / 1_000_000;
        GradeReport report = grader.report(planRequest, ordered, millis);
        return new Outcome(report, run.events, run.jvmStartMillis, millis - run.jvmStartMillis);
    }

    /** @return true if the child finished its checks normally, false if it had to be stopped or died */
    private boolean runChild(Path classes, Run run) throws IOException, InterruptedException {
        String token = "nngrade-" + UUID.randomUUID() + " ";
        try (ChildRun child = ChildRun.start(classes, request, limits, new ArrayList<>(run.results.keySet()), token)) {
            String current = null;
            long currentStart = 0;
            boolean first = true;
            while (true) {
                ChildMessage m = child.next(POLL_MILLIS);
                if (m != null) {
                    if (first) {
                        run.jvmStartMillis += child.startMillis();
                        first = false;
                    }
                    switch (m.kind()) {
                        case "start" -> {
                            current = m.key();
                            currentStart = System.nanoTime();
                        }
                        case "end" -> {
                            run.settle(m);
                            current = null;
                        }
                        case "fatal" -> {
                            run.failRest(CheckStatus.ERROR, "the submission could not be started: " + m.summary());
                            return true;
                        }
                        case "done" -> {
                            run.failRest(CheckStatus.ERROR, "not run: the grading JVM skipped it");
                            return true;
                        }
                        default -> {
                            // unknown kinds are ignored
                        }
                    }
                    continue;
                }
                if (!child.alive()) {
                    run.crashed(current, death(child));
                    return false;
                }
                if (current != null && System.nanoTime() - currentStart > limits.checkTimeout().toNanos()) {
                    run.timedOut(current, "did not finish within " + limits.checkTimeout().toSeconds()
                            + " s (an infinite loop?): the grader stopped it");
                    return false;
                }
                if (run.outOfTime()) {
                    if (current != null) {
                        run.timedOut(current, "stopped: the submission used up its time budget of "
                                + limits.submissionTimeout().toSeconds() + " s");
                    }
                    return false;
                }
            }
        }
    }

    private String death(ChildRun child) {
        Integer code = child.exitCode();
        String last = child.lastError();
        if (last.contains("OutOfMemoryError") || child.saw("OutOfMemoryError")) {
            return "it ran out of memory (heap limit " + limits.heapMegabytes() + " MB)";
        }
        return "the grading JVM died (exit code " + code + ")" + (last.isEmpty() ? "" : ": " + last);
    }

    /** The state of one submission's grading across child restarts. */
    private static final class Run {
        final Map<String, PlannedCheck> plan;
        final Map<String, CheckResult> results = new LinkedHashMap<>();
        final List<String> events = new ArrayList<>();
        final long deadlineNanos;
        long jvmStartMillis;

        Run(Map<String, PlannedCheck> plan, long deadlineNanos) {
            this.plan = plan;
            this.deadlineNanos = deadlineNanos;
        }

        boolean outOfTime() {
            return System.nanoTime() > deadlineNanos;
        }

        /** Records a check's end; weight and instructor-only come from the parent's own plan. */
        void settle(ChildMessage m) {
            PlannedCheck p = plan.get(m.key());
            if (p == null || results.containsKey(m.key())) {
                return;
            }
            CheckStatus status = parseStatus(m.status());
            String detail = m.detail() + printed(m.output());
            results.put(p.key(), p.result(status, m.summary(), detail, m.millis()));
        }

        void crashed(String current, String why) {
            if (current != null && plan.containsKey(current) && !results.containsKey(current)) {
                results.put(current, plan.get(current).failed(CheckStatus.ERROR, why));
                events.add(current + ": " + why + "; the other checks went on in a fresh JVM.");
            } else {
                events.add("between checks: " + why + "; the checks went on in a fresh JVM.");
            }
        }

        void timedOut(String current, String why) {
            if (plan.containsKey(current) && !results.containsKey(current)) {
                results.put(current, plan.get(current).failed(CheckStatus.TIMED_OUT, why));
                events.add(current + ": " + why + ".");
            }
        }

        void failRest(CheckStatus status, String why) {
            boolean any = false;
            for (PlannedCheck p : plan.values()) {
                if (!results.containsKey(p.key())) {
                    results.put(p.key(), p.failed(status, why));
                    any = true;
                }
            }
            if (any) {
                events.add(why + ".");
            }
        }

        private static CheckStatus parseStatus(String s) {
            try {
                return CheckStatus.valueOf(s);
            } catch (IllegalArgumentException | NullPointerException e) {
                return CheckStatus.ERROR;
            }
        }

        private static String printed(String output) {
            return output == null || output.isEmpty() ? ""
                    : "\n\nyour code printed (quoted as text, capped):\n" + output.indent(2).stripTrailing();
        }
    }
}
