package nngrade.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import nngrade.engine.CheckStatus;
import nngrade.submission.SubmissionStatus;

/**
 * Examines a submission without running any of it here: compiled in a warm compile worker, its
 * code run in a sandboxed JVM of its own, its checks run by a warm examiner JVM that reaches it
 * through the contract's interfaces ({@link IsolatedGrading}). One {@link GradingSlot} (compile
 * worker and examiner) per submission being examined at once; slots are reused across submissions.
 */
final class IsolatedExaminer implements SubmissionExaminer {

    private final BatchRequest request;
    private final Limits limits;
    private final BatchPlan plan;
    private final Path template;
    private final Queue<GradingSlot> idle = new ConcurrentLinkedQueue<>();
    private final Set<GradingSlot> all = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    IsolatedExaminer(BatchRequest request, Limits limits, BatchPlan plan, Path template) {
        this.request = request;
        this.limits = limits;
        this.plan = plan;
        this.template = template;
    }

    @Override
    public Examination examine(Path sources, Path work) throws IOException, InterruptedException {
        GradingSlot slot = idle.poll();
        if (slot == null) {
            slot = new GradingSlot(limits);
            all.add(slot);
        }
        try {
            return examine(sources, work, slot);
        } finally {
            if (closed) {
                slot.close();
            } else {
                idle.add(slot);
            }
        }
    }

    private Examination examine(Path sources, Path work, GradingSlot slot) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long budget = limits.submissionTimeout().toMillis();
        CompileWorker.Answer compiled = slot.compile(sources, template, work,
                Math.min(budget, Limits.MAX_COMPILE.toMillis()));
        long compileMillis = (System.nanoTime() - start) / 1_000_000;
        if (compiled.error() != null) {
            return new Examination(plan.zero(CheckStatus.ERROR, "not run: " + compiled.error()),
                    SubmissionStatus.NOT_COMPILED, List.of(compiled.error()), List.of(), compileMillis, 0, 0);
        }
        IsolatedGrading.Outcome outcome = new IsolatedGrading(plan.grader(), request, limits, plan.checks())
                .grade(Path.of(compiled.classes()), slot, budget - compileMillis);
        List<String> trouble = new ArrayList<>(compiled.setAside());
        trouble.addAll(outcome.events());
        long[] u = outcome.usage();
        return new Examination(outcome.report(), compiled.setAside().isEmpty() ? SubmissionStatus.GRADED
                : SubmissionStatus.PARTLY_COMPILED, trouble, compiled.info(), compileMillis, 0, outcome.checksMillis(),
                new ChannelUsage(u[0], u[1], u[2], u[3], u[4], u[5], u[6], u[7], u[8], u[9], outcome.layers()), outcome.plots());
    }

    /** Ends every process of every slot; safe while other threads examine (they then fail and stop). */
    @Override
    public void close() {
        closed = true;
        all.forEach(GradingSlot::close);
    }
}
