package nngrade.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * What turns one submission's sources into grades: the single seam between a batch, which takes
 * submissions in, decides what to regrade and writes results, and whatever compiles and runs the
 * checks against submitted code (today a child JVM per submission). The batch calls nothing else.
 */
public interface SubmissionExaminer extends AutoCloseable {

    /**
     * @param sources the submission's sources, already taken in as data (a private copy); not modified
     * @param work    a private scratch folder, removed by the caller afterwards
     * @return never null; a submission's own failures (it does not compile, it crashes, it loops)
     *     are in the examination, never thrown
     * @throws IOException          if the grader itself failed (the batch records a grader error)
     * @throws InterruptedException if the batch is being stopped
     */
    Examination examine(Path sources, Path work) throws IOException, InterruptedException;

    /**
     * Lends the calling thread to the submissions being examined on other threads, while
     * {@code busy} says there are any: an examiner with nothing of its own may take checks of one
     * that has more than it can soon finish. Returns when {@code busy} turns false.
     *
     * @throws InterruptedException if the batch is being stopped
     */
    default void help(BooleanSupplier busy) throws InterruptedException {
    }

    /**
     * Ends every process the examiner started. Called when the batch ends, and from the batch's
     * shutdown hook on SIGINT or SIGTERM, possibly while {@link #examine} runs on other threads.
     */
    @Override
    void close();
}
