package nngrade.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nngrade.examiner.ExaminerMain;

/**
 * One job's examiner in a batch: a warm examiner JVM, started on first use and started afresh
 * after an incident (it died, hung, or ran out of memory) or after {@link #EXAMINER_JOBS}
 * submissions, so that nothing one submission leaves in it lasts long. (Compile workers are the
 * batch's, shared by its slots: {@link CompileWorkers}.)
 */
final class GradingSlot implements AutoCloseable {

    /** Submissions an examiner grades before it is replaced. */
    static final int EXAMINER_JOBS = 50;
    /** The examiner's compiler flags ({@link ExaminerJit}). */
    private final List<String> jit;

    private JvmProcess examiner;
    private int examinerJobs;

    /** @param jit the examiner's compiler flags ({@link ExaminerJit}) */
    GradingSlot(List<String> jit) {
        this.jit = List.copyOf(jit);
    }

    /** @return the examiner, started if need be */
    synchronized JvmProcess examiner() throws IOException {
        if (examinerJobs >= EXAMINER_JOBS) {
            retireExaminer();
        }
        startExaminer();
        examinerJobs++;
        return examiner;
    }

    /**
     * Starts the examiner if there is none, so that its JVM boots while the submission compiles
     * rather than after.
     */
    synchronized void startExaminer() throws IOException {
        if (examiner == null) {
            List<String> options = new ArrayList<>(List.of("-Xmx2g", "-XX:+UseSerialGC",
                    "-XX:+ExitOnOutOfMemoryError", "-Xshare:auto"));
            options.addAll(jit);
            examiner = JvmProcess.start(ExaminerMain.class, options);
            examinerJobs = 0;
        }
    }

    /** The examiner misbehaved or was stopped: the next submission gets a fresh one. */
    synchronized void retireExaminer() {
        if (examiner != null) {
            examiner.close();
            examiner = null;
        }
    }

    @Override
    public synchronized void close() {
        retireExaminer();
    }
}
