package nngrade.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import nngrade.engine.CheckStatus;
import nngrade.submission.FallbackCompiler;
import nngrade.submission.StaticState;
import nngrade.submission.SubmissionStatus;
import nngrade.submission.UntouchedProblems;

/**
 * Examines a submission without running any of it here: compiled in a warm compile worker, its
 * code run in a sandboxed JVM of its own, its checks run by a warm examiner JVM that reaches it
 * through the contract's interfaces ({@link IsolatedGrading}). One {@link GradingSlot} (a warm
 * examiner) per submission being examined at once, reused across submissions; the compile workers
 * are shared ({@link CompileWorkers}).
 * A thread with no submission left to take may lend its slot to one under way ({@link #help}).
 */
final class IsolatedExaminer implements SubmissionExaminer {

    /** How often an idle thread looks for a submission to help. */
    private static final long HELP_POLL_MILLIS = 100;

    private final BatchRequest request;
    private final Limits limits;
    private final BatchPlan plan;
    private final Path template;
    private final Path blank;
    /** The compiler flags of every examiner this starts ({@link ExaminerJit}). */
    private final List<String> jit;
    private final Queue<GradingSlot> idle = new ConcurrentLinkedQueue<>();
    private final Set<GradingSlot> all = ConcurrentHashMap.newKeySet();
    private final CompileWorkers compilers;
    /** Submissions being graded now, which an idle slot may help. */
    private final Set<IsolatedGrading> underWay = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /**
     * @param template the sources that stand in for a file that does not compile (not modified)
     * @param blank    the template bundled in the grader, whose every check says "not implemented
     *     yet" (a test shows it): a problem whose sources are these is settled without running
     *     ({@link UntouchedProblems}). An instructor's own template may give working code, so it
     *     is not the yardstick. Not modified.
     * @param jit      the compiler flags of its examiners, by how many submissions each will grade
     *     ({@link ExaminerJit#forBatch})
     */
    IsolatedExaminer(BatchRequest request, Limits limits, BatchPlan plan, Path template, Path blank, List<String> jit) {
        this.request = request;
        this.limits = limits;
        this.plan = plan;
        this.template = template;
        this.blank = blank;
        this.jit = List.copyOf(jit);
        this.compilers = new CompileWorkers(limits);
    }

    @Override
    public Examination examine(Path sources, Path work) throws IOException, InterruptedException {
        GradingSlot slot = takeSlot();
        try {
            return examine(sources, work, slot);
        } finally {
            giveBack(slot);
        }
    }

    /**
     * Polls the submissions under way for one whose examiner has problems it has not begun, and
     * grades part of them in a slot of its own ({@link IsolatedGrading#help}).
     */
    @Override
    public void help(BooleanSupplier busy) throws InterruptedException {
        while (busy.getAsBoolean() && !closed) {
            IsolatedGrading most = underWay.stream().max(Comparator.comparingInt(IsolatedGrading::unbegun)).orElse(null);
            boolean helped = false;
            if (most != null && most.unbegun() >= 2) {
                GradingSlot slot = takeSlot();
                try {
                    helped = most.help(slot);
                } finally {
                    giveBack(slot);
                }
            }
            if (!helped) {
                Thread.sleep(HELP_POLL_MILLIS);
            }
        }
    }

    private GradingSlot takeSlot() {
        GradingSlot slot = idle.poll();
        if (slot == null) {
            slot = new GradingSlot(jit);
            all.add(slot);
        }
        return slot;
    }

    private void giveBack(GradingSlot slot) {
        if (closed) {
            slot.close();
        } else {
            idle.add(slot);
        }
    }

    private Examination examine(Path sources, Path work, GradingSlot slot) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long budget = limits.submissionTimeout().toMillis();
        slot.startExaminer();
        CompileWorker.Answer compiled = compilers.compile(sources, template, work,
                Math.min(budget, Limits.MAX_COMPILE.toMillis()));
        long compileMillis = (System.nanoTime() - start) / 1_000_000;
        if (compiled.error() != null) {
            return new Examination(plan.zero(CheckStatus.ERROR, "not run: " + compiled.error()),
                    SubmissionStatus.NOT_COMPILED, List.of(compiled.error()), List.of(), compileMillis, 0, 0);
        }
        IsolatedGrading grading = new IsolatedGrading(plan.grader(), request, limits, plan.checks());
        if (!statelessClasses(Path.of(compiled.classes()))) {
            grading.inOneJvm();
        }
        IsolatedGrading.Outcome outcome;
        underWay.add(grading);
        try {
            outcome = grading.grade(Path.of(compiled.classes()), slot, budget - compileMillis, untouched(work));
        } finally {
            underWay.remove(grading);
        }
        List<String> trouble = new ArrayList<>(compiled.setAside());
        trouble.addAll(outcome.events());
        long[] u = outcome.usage();
        return new Examination(outcome.report(), compiled.setAside().isEmpty() ? SubmissionStatus.GRADED
                : SubmissionStatus.PARTLY_COMPILED, trouble, compiled.info(), compileMillis, 0, outcome.checksMillis(),
                new ChannelUsage(u[0], u[1], u[2], u[3], u[4], u[5], u[6], u[7], u[8], u[9], outcome.layers()), outcome.plots());
    }

    /** @return the problems left as the template has them, settled without running; none if the sources cannot be read */
    private Set<String> untouched(Path work) {
        try {
            return UntouchedProblems.of(FallbackCompiler.compiledSources(work), blank);
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
    }

    /**
     * @return whether the submission's classes hold no static state ({@link StaticState}), so that
     *     other examiners, on hosts of their own, may grade some of its problems
     */
    private static boolean statelessClasses(Path classes) {
        try {
            return StaticState.of(classes).isEmpty();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Ends every process of every slot; safe while other threads examine (they then fail and stop). */
    @Override
    public void close() {
        closed = true;
        compilers.close();
        all.forEach(GradingSlot::close);
    }
}
