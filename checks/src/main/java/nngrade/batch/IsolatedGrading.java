package nngrade.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import nngrade.batch.GradingRun.Part;
import nngrade.engine.CheckStatus;
import nngrade.engine.GradeReport;
import nngrade.engine.GradeRequest;
import nngrade.engine.Grader;
import nngrade.engine.PlannedCheck;
import nngrade.engine.ProblemScore;
import nngrade.examiner.ExaminerEvent;
import nngrade.examiner.GradeJob;
import nngrade.examiner.HandOver;
import nngrade.feedback.Plot;

/**
 * Grades one compiled submission through an examiner JVM, whose checks reach the submitted code
 * in a host JVM of its own. This parent runs no submitted code and no check: every planned check
 * starts at 0 and earns points only from an "end" event received for it, with the weight and
 * instructor-only flag of the parent's own plan; what an event carries is cut to size. An
 * examiner that dies or runs past the submission's time is replaced, and a fresh one goes on
 * with the checks not yet settled.
 *
 * <p>An idle examiner of the batch may {@link #help}: it takes problems the submission's own
 * examiner has not begun, once that one has agreed to skip them ({@link GradingRun}), and grades
 * them on a host of its own. The grade is the same whoever graded which check: each check runs
 * with the same seed and limits, one at a time against objects of its own; and only a submission
 * whose classes hold no static state is shared ({@link #inOneJvm}), so no call can answer
 * differently for what calls of other problems came before it in its JVM.
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
    private volatile Path classes;
    private volatile GradingRun run;
    private volatile boolean oneJvm;

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
     * @param plots  the feedback page's pictures the examiners drew, bounded
     */
    record Outcome(GradeReport report, List<String> events, long checksMillis, long[] usage, List<String> layers,
            List<Plot> plots) {
    }

    /**
     * @param classes   the compiled submission
     * @param slot      the examiner to use
     * @param remaining how long the submission may still take, in milliseconds
     * @param untouched problems settled at 0 without running their checks, "not implemented yet"
     */
    Outcome grade(Path classes, GradingSlot slot, long remaining, Collection<String> untouched)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        this.classes = classes;
        GradingRun r = new GradingRun(planned, System.nanoTime() + remaining * 1_000_000);
        r.notStarted(untouched);
        Part own = r.first();
        run = r;
        work(r, own, slot);
        for (Part left = r.leftovers(own); left != null; left = r.leftovers(left)) {
            work(r, left, slot); // what a helper could not finish
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        GradeReport report = grader.report(planRequest, r.ordered(), millis);
        List<String> order = report.scores().stream().map(ProblemScore::problem).map(p -> p.id()).toList();
        return new Outcome(report, r.events(), millis, r.usage(), r.layers(), r.plots(order));
    }

    /**
     * No other examiner may take problems of this submission: its classes hold static state, which
     * calls made for one problem could change for the next, so its problems are graded in one JVM
     * one after another, in the order of the plan, as every time it is graded.
     */
    void inOneJvm() {
        oneJvm = true;
    }

    /** @return how many problems an examiner could take from this submission now */
    int unbegun() {
        GradingRun r = run;
        return r == null || oneJvm ? 0 : r.unbegun();
    }

    /**
     * Lends an idle slot: asks the examiner with the most problems not begun to hand the back
     * half over, and grades what it hands over.
     *
     * @return whether anything was handed over (and is now settled, or left over for the submission's own examiner)
     */
    boolean help(GradingSlot slot) throws InterruptedException {
        GradingRun r = run;
        GradingRun.Asked asked = r == null || oneJvm ? null : r.askHandOver();
        if (asked == null) {
            return false;
        }
        try {
            asked.examiner().send(JSON.writeValueAsString(new HandOver(asked.order(), asked.problems())));
        } catch (IOException e) {
            r.unsent(asked);
            return false;
        }
        Part taken;
        try {
            taken = asked.answer().get();
        } catch (java.util.concurrent.ExecutionException e) {
            return false; // the answer never fails
        }
        if (taken == null) {
            return false;
        }
        try {
            work(r, taken, slot); // ends the part however it returns
        } catch (IOException | InterruptedException e) {
            slot.retireExaminer(); // it may be mid-job; the submission's own examiner grades what is left
            if (e instanceof InterruptedException) {
                throw (InterruptedException) e;
            }
        }
        return true;
    }

    /** Grades a part, in as many examiners as it takes, until it is settled or out of time or restarts. */
    private void work(GradingRun r, Part part, GradingSlot slot) throws IOException, InterruptedException {
        int restarts = 0;
        try {
            while (r.owes(part)) {
                if (restarts > limits.maxRestarts()) {
                    r.failRest(part, CheckStatus.ERROR, "not run: the grader's examiner failed " + restarts + " times");
                    break;
                }
                if (r.outOfTime()) {
                    r.failRest(part, CheckStatus.TIMED_OUT, "not run: the submission used up its time budget of "
                            + limits.submissionTimeout().toSeconds() + " s");
                    break;
                }
                if (!examine(r, part, slot)) {
                    slot.retireExaminer();
                    restarts++;
                }
            }
        } finally {
            r.ended(part);
        }
    }

    /** @return true if the examiner finished the job, false if it died or had to be stopped */
    private boolean examine(GradingRun r, Part part, GradingSlot slot) throws IOException, InterruptedException {
        JvmProcess examiner = slot.examiner();
        long cpuSeconds = limits.submissionTimeout().toSeconds() + 60;
        r.running(part, examiner);
        try {
            examiner.send(JSON.writeValueAsString(new GradeJob(classes.toString(), request.seed(),
                    part.problems().isEmpty() ? List.copyOf(request.problems()) : part.problems(),
                    request.instructorChecks(), limits.heapMegabytes(), cpuSeconds,
                    limits.checkTimeout() == null ? 0 : limits.checkTimeout().toMillis(), r.excludedFor(part))));
            return follow(r, part, examiner);
        } finally {
            r.stopped(part);
        }
    }

    /** Reads the job's events until it is done, its examiner is lost, or the submission is out of time. */
    private boolean follow(GradingRun r, Part part, JvmProcess examiner) throws InterruptedException {
        String current = null;
        while (true) {
            String line = examiner.next(POLL_MILLIS);
            if (line != null) {
                String started = ExaminerEvent.startedCheck(line);
                if (started != null) {
                    current = started;
                    r.began(part, started);
                    continue;
                }
                ExaminerEvent e = ExaminerEvent.ended(line);
                if (e == null) {
                    e = parse(line);
                }
                if (e == null) {
                    continue;
                }
                switch (e.kind()) {
                    case "end" -> {
                        r.settle(e);
                        current = null;
                    }
                    case "handedOver" -> r.handedOver(part, e);
                    case "plots" -> r.drew(e.plots());
                    case "fatal" -> {
                        r.layers(e.layers());
                        r.failRest(part, CheckStatus.ERROR, "not run: " + cut(e.summary(), MAX_SUMMARY));
                        return true;
                    }
                    case "done" -> {
                        r.finish(e);
                        r.failRest(part, CheckStatus.ERROR, "not run: the examiner skipped it");
                        return true;
                    }
                    default -> {
                        // unknown kinds are ignored
                    }
                }
                continue;
            }
            if (!examiner.alive()) {
                r.lost(current, "the grader's examiner stopped (" + examiner.lastError()
                        + "); this is the grader's fault, not yours: report it");
                return false;
            }
            if (r.outOfTime()) {
                if (current != null) {
                    r.timedOut(current, "stopped: the submission used up its time budget of "
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
}
