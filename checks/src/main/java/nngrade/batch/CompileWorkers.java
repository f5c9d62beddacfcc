package nngrade.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The batch's compile workers ({@link CompileWorker}), shared by its slots: a submission waits a
 * little for a warm worker rather than start a cold one. A cold worker costs about 3 s of CPU on
 * its first compilation (starting javac), a warm one well under 1 s, and javac is done with a
 * submission long before its examiner is; so one worker usually serves every slot, and another
 * starts only when a submission has waited {@link #WAIT_FOR_WARM_MILLIS} (a long compilation, or
 * many slots). A worker that times out, dies or runs out of memory is ended and replaced.
 */
final class CompileWorkers implements AutoCloseable {

    /** How long a submission waits for a busy worker before another worker is started. */
    static final long WAIT_FOR_WARM_MILLIS = 4_000;
    /** A compile worker never gets less heap than this, whatever the submission's limit. */
    static final int MIN_COMPILER_HEAP_MB = 256;
    private static final long POLL_MILLIS = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Limits limits;
    private final BlockingQueue<JvmProcess> idle = new LinkedBlockingQueue<>();
    private final Set<JvmProcess> all = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    CompileWorkers(Limits limits) {
        this.limits = limits;
    }

    /**
     * Compiles in a worker, within {@code timeoutMillis} once a worker has it.
     *
     * @return the worker's answer; an error answer if it timed out or died (it is then replaced)
     */
    CompileWorker.Answer compile(Path sources, Path template, Path work, long timeoutMillis)
            throws IOException, InterruptedException {
        JvmProcess worker = take();
        boolean healthy = false;
        try {
            worker.send(JSON.writeValueAsString(new CompileWorker.Request(sources.toString(), template.toString(),
                    work.toString())));
            long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
            while (System.nanoTime() < deadline) {
                String line = worker.next(POLL_MILLIS);
                if (line != null && line.startsWith("{")) {
                    healthy = true;
                    return JSON.readValue(line, CompileWorker.Answer.class);
                }
                if (line == null && !worker.alive()) {
                    return CompileWorker.Answer.failed(worker.saw("OutOfMemoryError")
                            ? "compiling it needed more memory than the limit of " + heapMegabytes() + " MB"
                            : "the compiler died: " + worker.lastError());
                }
            }
            return CompileWorker.Answer.failed("compiling it did not finish within " + timeoutMillis / 1000
                    + " s (the compiler was stopped)");
        } finally {
            if (healthy && !closed) {
                idle.add(worker);
            } else {
                retire(worker);
            }
        }
    }

    /**
     * @return an idle, living worker: the first one, a free one, or one started after waiting in
     *     vain for another to be free
     */
    private JvmProcess take() throws IOException, InterruptedException {
        while (true) {
            synchronized (this) {
                if (all.isEmpty()) {
                    return started();
                }
            }
            JvmProcess worker = idle.poll(WAIT_FOR_WARM_MILLIS, TimeUnit.MILLISECONDS);
            if (worker == null) {
                return started();
            }
            if (worker.running()) {
                return worker;
            }
            retire(worker); // it died between two submissions
        }
    }

    private JvmProcess started() throws IOException {
        List<String> options = new ArrayList<>(List.of("-Xmx" + heapMegabytes() + "m", "-XX:+UseSerialGC",
                "-XX:+ExitOnOutOfMemoryError", "-Xshare:auto"));
        options.addAll(ExaminerJit.QUICK); // C1 alone, although a worker serves the whole batch: see there
        JvmProcess worker = JvmProcess.start(CompileWorker.class, options);
        all.add(worker);
        return worker;
    }

    /** @return how many workers are running or idle now */
    int workers() {
        return all.size();
    }

    private int heapMegabytes() {
        return Math.max(MIN_COMPILER_HEAP_MB, limits.heapMegabytes());
    }

    private void retire(JvmProcess worker) {
        all.remove(worker);
        worker.close();
    }

    /** Ends every worker; safe while others compile (they then fail). */
    @Override
    public void close() {
        closed = true;
        all.forEach(JvmProcess::close);
    }
}
