package nngrade.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nngrade.engine.CheckResult;
import nngrade.engine.CheckStatus;
import nngrade.engine.GradeReport;
import nngrade.engine.GradeRequest;
import nngrade.engine.Grader;
import nngrade.engine.PlannedCheck;
import nngrade.examiner.ExaminerEvent;
import nngrade.examiner.GradeJob;
import nngrade.feedback.Plot;

/**
 * Grades one compiled submission through an examiner JVM, whose checks reach the submitted code
 * in a host JVM of its own. This parent runs no submitted code and no check: every planned check
 * starts at 0 and earns points only from an "end" event received for it, with the weight and
 * instructor-only flag of the parent's own plan; what an event carries is cut to size. An
 * examiner that dies or runs past the submission's time is replaced, and a fresh one goes on
 * with the checks not yet settled.
 */
final class IsolatedGrading {

    private static final long POLL_MILLIS = 50;
    /** Text kept of one check's failure. */
    static final int MAX_DETAIL = 8_000;
    static final int MAX_SUMMARY = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

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
        this.planRequest = request.withoutSubmission(limits.checkTimeoutOrDefault());
        this.planned = planned;
    }

    /**
     * What happened to one submission.
     *
     * @param usage  calls, callbacks, channel bytes, host restarts, examiner CPU ms, messages to the host,
     *               checks answered ahead, checks run again live, the submission's JVMs' CPU ms, calls
     *               the host stopped and served on; summed over examiners
     * @param layers what confined the submission's JVM
     * @param plots  the feedback page's pictures the examiner drew, bounded
     */
    record Outcome(GradeReport report, List<String> events, long checksMillis, long[] usage, List<String> layers,
            List<Plot> plots) {
    }

    /**
     * @param classes   the compiled submission
     * @param slot      the examiner to use
     * @param remaining how long the submission may still take, in milliseconds
     */
    Outcome grade(Path classes, GradingSlot slot, long remaining) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Map<String, PlannedCheck> plan = new LinkedHashMap<>();
        planned.forEach(c -> plan.put(c.key(), c));
        Run run = new Run(plan, System.nanoTime() + remaining * 1_000_000);
        int restarts = 0;
        while (run.results.size() < plan.size()) {
            if (restarts > limits.maxRestarts()) {
                run.failRest(CheckStatus.ERROR, "not run: the grader's examiner failed " + restarts + " times");
                break;
            }
            if (run.outOfTime()) {
                run.failRest(CheckStatus.TIMED_OUT, "not run: the submission used up its time budget of "
                        + limits.submissionTimeout().toSeconds() + " s");
                break;
            }
            if (!examine(classes, slot, run)) {
                slot.retireExaminer();
                restarts++;
            }
        }
        List<CheckResult> ordered = plan.keySet().stream().map(run.results::get).toList();
        long millis = (System.nanoTime() - start) / 1_000_000;
        GradeReport report = grader.report(planRequest, ordered, millis);
        return new Outcome(report, run.events, millis, run.usage, run.layers, run.plots);
    }

    /** @return true if the examiner finished the job, false if it died or had to be stopped */
    private boolean examine(Path classes, GradingSlot slot, Run run) throws IOException, InterruptedException {
        JvmProcess examiner = slot.examiner();
        long cpuSeconds = limits.submissionTimeout().toSeconds() + 60;
        examiner.send(JSON.writeValueAsString(new GradeJob(classes.toString(), request.seed(),
                List.copyOf(request.problems()), request.instructorChecks(), limits.heapMegabytes(), cpuSeconds,
                limits.checkTimeout() == null ? 0 : limits.checkTimeout().toMillis(),
                new ArrayList<>(run.results.keySet()))));
        String current = null;
        while (true) {
            String line = examiner.next(POLL_MILLIS);
            if (line != null) {
                ExaminerEvent e = parse(line);
                if (e == null) {
                    continue;
                }
                switch (e.kind()) {
                    case "start" -> current = e.key();
                    case "end" -> {
                        run.settle(e);
                        current = null;
                    }
                    case "plots" -> run.plots = Plot.bounded(e.plots());
                    case "fatal" -> {
                        run.layers = e.layers() == null ? run.layers : e.layers();
                        run.failRest(CheckStatus.ERROR, "not run: " + cut(e.summary(), MAX_SUMMARY));
                        return true;
                    }
                    case "done" -> {
                        run.finish(e);
                        run.failRest(CheckStatus.ERROR, "not run: the examiner skipped it");
                        return true;
                    }
                    default -> {
                        // unknown kinds are ignored
                    }
                }
                continue;
            }
            if (!examiner.alive()) {
                run.lost(current, "the grader's examiner stopped (" + examiner.lastError()
                        + "); this is the grader's fault, not yours: report it");
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

    private static ExaminerEvent parse(String line) {
        if (!line.startsWith("{")) {
            return null;
        }
        try {
            return JSON.readValue(line, ExaminerEvent.class);
        } catch (IOException e) {
            return null;
        }
    }

    static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max) + " ... (cut)";
    }

    /** The state of one submission's grading across examiners. */
    private static final class Run {
        final Map<String, PlannedCheck> plan;
        final Map<String, CheckResult> results = new LinkedHashMap<>();
        final List<String> events = new ArrayList<>();
        final long deadlineNanos;
        final long[] usage = new long[10];
        List<String> layers = List.of();
        List<Plot> plots = List.of();

        Run(Map<String, PlannedCheck> plan, long deadlineNanos) {
            this.plan = plan;
            this.deadlineNanos = deadlineNanos;
        }

        boolean outOfTime() {
            return System.nanoTime() > deadlineNanos;
        }

        /** Records a check's end; weight and instructor-only come from the parent's own plan. */
        void settle(ExaminerEvent e) {
            PlannedCheck p = plan.get(e.key());
            if (p == null || results.containsKey(e.key())) {
                return;
            }
            CheckStatus status = parseStatus(e.status());
            results.put(p.key(), p.result(status, cut(e.summary(), MAX_SUMMARY), cut(e.detail(), MAX_DETAIL),
                    Math.max(0, e.millis())));
        }

        void finish(ExaminerEvent e) {
            if (e.usage() != null && e.usage().length == usage.length) {
                for (int i = 0; i < usage.length; i++) {
                    usage[i] += e.usage()[i];
                }
            }
            if (e.layers() != null) {
                layers = e.layers().stream().limit(20).map(l -> cut(l, 200)).toList();
            }
        }

        void lost(String current, String why) {
            if (current != null && plan.containsKey(current) && !results.containsKey(current)) {
                results.put(current, plan.get(current).failed(CheckStatus.ERROR, why));
                events.add(current + ": " + why + "; the other checks went on in a fresh examiner.");
            } else {
                events.add("between checks: " + why + "; the checks went on in a fresh examiner.");
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
    }
}
