package nngrade.examiner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import nngrade.feedback.Pictures;
import nngrade.feedback.Plot;
import nngrade.engine.CheckObserver;
import nngrade.engine.CheckResult;
import nngrade.engine.GradeReport;
import nngrade.engine.GradeRequest;
import nngrade.engine.Grader;
import nngrade.engine.HandedOver;
import nngrade.problems.Catalogue;
import nngrade.problems.Solutions;

/**
 * The examiner JVM: runs the checks, the engine and the reference, and reaches each submission
 * only through {@link RemoteSubmission}, its code running in a host JVM of its own. It stays warm
 * across the submissions its parent hands it one at a time ({@link GradeJob}, one JSON line on
 * standard input), and reports every check's start and end ({@link ExaminerEvent}, one line each
 * on standard output). While a job runs, the parent may ask it to hand problems it has not
 * begun over to another examiner ({@link HandOver}). It computes no score: the parent scores what
 * it receives.
 */
public final class ExaminerMain {

    /**
     * How often a lost host is started again within one submission before the rest are given up:
     * enough for every check to lose one, so that the submission's time budget is the real bound.
     */
    static final int MAX_RESTARTS = 1_000;
    /** How long a host may take to start and load a submission. */
    static final long HOST_START_MILLIS = 30_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream events;
    private final Grader grader = new Grader(Catalogue.load());
    private final Solutions reference = referenceIfPresent();
    /** The problems the job under way has handed over to another examiner. */
    private final Set<String> handedOver = ConcurrentHashMap.newKeySet();

    private ExaminerMain(PrintStream events) {
        this.events = events;
    }

    public static void main(String[] args) throws IOException {
        PrintStream events = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        // Nothing else may write on the parent's channel: the checks print nothing, but be sure.
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        System.setOut(nowhere);
        ExaminerMain examiner = new ExaminerMain(events);
        BlockingQueue<Optional<GradeJob>> jobs = new LinkedBlockingQueue<>();
        Thread orders = new Thread(() -> examiner.readOrders(jobs), "nngrade-examiner-orders");
        orders.setDaemon(true);
        orders.start();
        try {
            for (Optional<GradeJob> job = jobs.take(); job.isPresent(); job = jobs.take()) {
                examiner.grade(job.get());
            }
        } catch (InterruptedException e) {
            // ending
        }
        Runtime.getRuntime().halt(0); // ends threads the checks may have left behind
    }

    /**
     * Reads the parent's orders as they come, also while a job runs: jobs are queued for the main
     * thread, hand-overs answered at once. Standard input's end queues the end.
     */
    private void readOrders(BlockingQueue<Optional<GradeJob>> jobs) {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode order = JSON.readTree(line);
                if (order.has("handOver")) {
                    HandOver h = JSON.treeToValue(order, HandOver.class);
                    HandedOver.handOver(h.problems(), given -> { // inside the run's lock: before its end
                        handedOver.addAll(given);
                        send(ExaminerEvent.handedOver(h.handOver(), given));
                    });
                } else {
                    jobs.add(Optional.of(JSON.treeToValue(order, GradeJob.class)));
                }
            }
        } catch (IOException e) {
            // the parent is gone or garbled its order: end as at the end of input
        }
        jobs.add(Optional.empty());
    }

    private void grade(GradeJob job) {
        handedOver.clear(); // a hand-over takes effect only while a job's checks run: none can be under way
        long cpu = cpuMillis();
        HostLaunch launch = new HostLaunch(job.heapMegabytes(), job.cpuSeconds());
        RemoteSubmission remote;
        try {
            remote = RemoteSubmission.start(launch, Path.of(job.classes()), HOST_START_MILLIS, MAX_RESTARTS);
        } catch (SubmissionLost | IOException e) {
            send(new ExaminerEvent("fatal", "", "ERROR", e.getMessage(), e.getMessage(), 0, null, launch.layers()));
            return;
        }
        try (remote) {
            CheckLimits limits = job.checkTimeoutMillis() > 0 ? CheckLimits.fixed(Duration.ofMillis(job.checkTimeoutMillis()))
                    : CheckLimits.calibrated();
            GradeRequest request = new GradeRequest(null, job.instructor() ? reference : null,
                    new HashSet<>(job.problems()), job.seed(), job.instructor() && reference != null,
                    limits.backstop(), new HashSet<>(job.excluded()));
            GradeReport report = new RemoteGrading(grader, limits).grade(request, remote, new CheckObserver() {
                @Override
                public void started(String problemId, String checkName) {
                    send(ExaminerEvent.startLine(CheckResult.key(problemId, checkName)));
                }

                @Override
                public void finished(CheckResult r) {
                    if (noText(r.summary()) && noText(r.detail())) {
                        send(ExaminerEvent.endLine(r.key(), r.status().name(), r.millis()));
                    } else {
                        send(new ExaminerEvent("end", r.key(), r.status().name(), r.summary(), r.detail(), r.millis(),
                                null, null));
                    }
                }
            });
            List<String> worthDrawing = Pictures.worthDrawing(report).stream()
                    .filter(p -> !handedOver.contains(p)).toList(); // another examiner has those
            List<Plot> plots = Pictures.draw(worthDrawing, remote.solutions(),
                    request.reference(), guarded(remote));
            if (!plots.isEmpty()) {
                send(ExaminerEvent.plots(plots));
            }
            long[] usage = {remote.calls(), remote.callbacks(), remote.bytes(), remote.restarts(), cpuMillis() - cpu,
                remote.exchanges(), remote.speculations()[0], remote.speculations()[1], remote.hostCpuMillis(),
                remote.callsStopped()};
            java.util.List<String> layers = new java.util.ArrayList<>(launch.layers());
            if (!remote.securityManager()) {
                layers.set(1, "security manager: not available on this Java");
            }
            send(new ExaminerEvent("done", "", "", "", "", 0, usage, layers));
        }
    }

    /**
     * @return a guard that gives each picture the limits of a check: its own time on the host, and
     *     a lost host costs the picture only
     */
    private static Pictures.Guard guarded(RemoteSubmission remote) {
        return (title, work) -> {
            remote.beginCheck(title, Pictures.MILLIS_PER_PLOT);
            try {
                return work.call();
            } catch (Exception | AssertionError | StackOverflowError e) {
                return null; // a picture never costs a point: it is left out
            } finally {
                remote.endCheck();
            }
        };
    }

    private void send(ExaminerEvent e) {
        try {
            send(JSON.writeValueAsString(e));
        } catch (IOException x) {
            throw new java.io.UncheckedIOException(x);
        }
    }

    /** @return whether s says nothing: the parent keeps a null text as an empty one */
    private static boolean noText(String s) {
        return s == null || s.isEmpty();
    }

    private synchronized void send(String line) {
        events.println(line);
    }

    private static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    /** @return the reference, where this build has it (an instructor's); a student's handout has none */
    static Solutions referenceIfPresent() {
        try {
            return (Solutions) Class.forName("nngrade.reference.ReferenceSolutions").getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create the reference", e);
        }
    }
}
