package nngrade.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nngrade.examiner.ExaminerMain;

/**
 * One job's helpers in a batch: a warm compile worker and a warm examiner, each started on first
 * use and started afresh after an incident (it died, hung, or ran out of memory) or, for the
 * examiner, after {@link #EXAMINER_JOBS} submissions, so that nothing one submission leaves in
 * it lasts long.
 */
final class GradingSlot implements AutoCloseable {

    /** Submissions an examiner grades before it is replaced. */
    static final int EXAMINER_JOBS = 50;
    /** A compile worker never gets less heap than this, whatever the submission's limit. */
    static final int MIN_COMPILER_HEAP_MB = 256;
    private static final long POLL_MILLIS = 50;
    /**
     * Both helpers compile with C1 only. They live for at most {@value #EXAMINER_JOBS}
     * submissions and run a great deal of code a few hundred times each (789 checks, javac), where
     * C2's optimizing costs more than it saves: measured on alice (162,559 calls into the
     * submission) at a load of 4 to 5, a C2 examiner spent 16 of its 32 s of CPU over three gradings
     * in its compiler threads, and its first grading took 21 to 26 s of CPU against 10 s with C1;
     * README's main job took 93 s against 122 s, a cold compile worker 5 s against 8 to 9 s.
     */
    static final String QUICK_JIT = "-XX:TieredStopAtLevel=1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Limits limits;
    private JvmProcess compiler;
    private JvmProcess examiner;
    private int examinerJobs;

    GradingSlot(Limits limits) {
        this.limits = limits;
    }

    /**
     * Compiles in the worker, within {@code timeoutMillis}.
     *
     * @return the worker's answer; an error answer if it timed out or died (it is then replaced)
     */
    CompileWorker.Answer compile(Path sources, Path template, Path work, long timeoutMillis)
            throws IOException, InterruptedException {
        if (compiler == null) {
            compiler = JvmProcess.start(CompileWorker.class, List.of("-Xmx" + Math.max(MIN_COMPILER_HEAP_MB,
                    limits.heapMegabytes()) + "m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-Xshare:auto",
                    QUICK_JIT));
        }
        compiler.send(JSON.writeValueAsString(new CompileWorker.Request(sources.toString(), template.toString(),
                work.toString())));
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while (System.nanoTime() < deadline) {
            String line = compiler.next(POLL_MILLIS);
            if (line != null && line.startsWith("{")) {
                return JSON.readValue(line, CompileWorker.Answer.class);
            }
            if (line == null && !compiler.alive()) {
                String why = compiler.saw("OutOfMemoryError")
                        ? "compiling it needed more memory than the limit of " + Math.max(MIN_COMPILER_HEAP_MB,
                                limits.heapMegabytes()) + " MB"
                        : "the compiler died: " + compiler.lastError();
                retireCompiler();
                return CompileWorker.Answer.failed(why);
            }
        }
        retireCompiler();
        return CompileWorker.Answer.failed("compiling it did not finish within " + timeoutMillis / 1000
                + " s (the compiler was stopped)");
    }

    /** @return the examiner, started if need be */
    JvmProcess examiner() throws IOException {
        if (examiner == null || examinerJobs >= EXAMINER_JOBS) {
            retireExaminer();
            examiner = JvmProcess.start(ExaminerMain.class, List.of("-Xmx2g", "-XX:+UseSerialGC",
                    "-XX:+ExitOnOutOfMemoryError", "-Xshare:auto", QUICK_JIT));
            examinerJobs = 0;
        }
        examinerJobs++;
        return examiner;
    }

    /** The examiner misbehaved or was stopped: the next submission gets a fresh one. */
    synchronized void retireExaminer() {
        if (examiner != null) {
            examiner.close();
            examiner = null;
        }
    }

    private synchronized void retireCompiler() {
        if (compiler != null) {
            compiler.close();
            compiler = null;
        }
    }

    @Override
    public synchronized void close() {
        retireCompiler();
        retireExaminer();
    }
}
