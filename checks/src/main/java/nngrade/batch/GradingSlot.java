package nngrade.batch;

import java.io.IOException;
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
    /**
     * Examiners and compile workers compile with C1 only. An examiner lives for at most
     * {@value #EXAMINER_JOBS} submissions; both run a great deal of code a few hundred times each
     * (789 checks, javac), where
     * C2's optimizing costs more than it saves: measured on alice (162,559 calls into the
     * submission) at a load of 4 to 5, a C2 examiner spent 16 of its 32 s of CPU over three gradings
     * in its compiler threads, and its first grading took 21 to 26 s of CPU against 10 s with C1;
     * README's main job took 93 s against 122 s, a cold compile worker 5 s against 8 to 9 s.
     */
    static final String QUICK_JIT = "-XX:TieredStopAtLevel=1";

    private JvmProcess examiner;
    private int examinerJobs;

    GradingSlot() {
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
            examiner = JvmProcess.start(ExaminerMain.class, List.of("-Xmx2g", "-XX:+UseSerialGC",
                    "-XX:+ExitOnOutOfMemoryError", "-Xshare:auto", QUICK_JIT));
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
