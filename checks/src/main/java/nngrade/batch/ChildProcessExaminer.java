package nngrade.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nngrade.engine.CheckStatus;
import nngrade.submission.Compilation;
import nngrade.submission.CompileError;
import nngrade.submission.FallbackCompiler;
import nngrade.submission.SetAside;
import nngrade.submission.SubmissionStatus;

/**
 * Examines a submission by compiling it here, file by file ({@link FallbackCompiler}), then
 * running its checks in child JVMs ({@link IsolatedGrading}).
 */
final class ChildProcessExaminer implements SubmissionExaminer {

    private final BatchRequest request;
    private final Limits limits;
    private final BatchPlan plan;
    private final Path template;

    ChildProcessExaminer(BatchRequest request, Limits limits, BatchPlan plan, Path template) {
        this.request = request;
        this.limits = limits;
        this.plan = plan;
        this.template = template;
    }

    @Override
    public Examination examine(Path sources, Path work) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Compilation compiled;
        try {
            compiled = FallbackCompiler.compile(sources, template, work);
        } catch (CompileError e) {
            return new Examination(plan.zero(CheckStatus.ERROR, "not run: " + e.getMessage()),
                    SubmissionStatus.NOT_COMPILED, List.of(e.getMessage()), List.of(), millisSince(start), 0, 0);
        }
        long compileMillis = millisSince(start);
        IsolatedGrading.Outcome outcome = new IsolatedGrading(plan.grader(), request, limits, plan.checks())
                .grade(compiled.classes());
        List<String> trouble = new ArrayList<>(compiled.setAside().stream().map(SetAside::toString).toList());
        trouble.addAll(outcome.events());
        List<String> info = compiled.missingNote().stream().toList();
        return new Examination(outcome.report(), compiled.partly() ? SubmissionStatus.PARTLY_COMPILED
                : SubmissionStatus.GRADED, trouble, info, compileMillis, outcome.jvmStartMillis(), outcome.checksMillis());
    }

    /** Ends every child JVM of this process: the grading children and anything they started. */
    @Override
    public void close() {
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
