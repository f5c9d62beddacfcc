package nngrade.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nngrade.engine.CheckStatus;
import nngrade.engine.Grader;
import nngrade.feedback.FeedbackPages;
import nngrade.problems.Catalogue;
import nngrade.problems.Problem;
import nngrade.report.AtomicFiles;
import nngrade.report.BatchSummary;
import nngrade.report.GradescopeJson;
import nngrade.report.Gradebook;
import nngrade.submission.Intake;
import nngrade.submission.IntakeRefused;
import nngrade.submission.SourceFiles;
import nngrade.submission.SubmissionStatus;
import nngrade.submission.TemplateSources;
import nngrade.submission.WorkFolder;

/**
 * `nngrade grade`: every submission of a folder graded by the same checks, several at a time.
 * Each submission is taken in as data, examined ({@link SubmissionExaminer}, the one seam to the
 * code that compiles and runs it), and its result written whole as soon as it is done, with a
 * fingerprint of what it graded; a rerun regrades exactly what changed. The gradebook and the
 * summary are then rebuilt from the results. One run at a time per OUT; SIGINT and SIGTERM stop
 * the examiners, keep every result written so far and remove the run's temporary files.
 */
public final class BatchGrader {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long a stopping batch waits for its threads to let go of their submissions. */
    private static final long STOP_GRACE_SECONDS = 10;

    private final Catalogue catalogue = Catalogue.load();
    private final BatchRequest request;
    private final Limits limits;
    private final Path template;
    private final BatchPlan plan;
    private final AtomicBoolean stopping = new AtomicBoolean();
    /** The feedback pages this run wrote as it wrote their results. */
    private final Set<Path> pagesWritten = ConcurrentHashMap.newKeySet();

    /**
     * @param request  what every submission is graded with
     * @param limits   what one submission may use
     * @param template the template's source folder, or null for the template bundled in the grader
     */
    public BatchGrader(BatchRequest request, Limits limits, Path template) {
        this.request = request;
        this.limits = limits;
        this.template = template;
        Grader grader = new Grader(catalogue);
        var planRequest = request.withoutSubmission(limits.checkTimeoutOrDefault());
        this.plan = new BatchPlan(grader, planRequest, grader.plan(planRequest)); // the same for every student
    }

    /** What a batch does beyond what it grades with. */
    public record Options(int jobs, boolean force, Set<String> students) {
        public Options {
            students = Set.copyOf(students);
        }
    }

    /** What a batch did: how many were graded now, how many results were up to date, how many submissions there are. */
    public record Totals(int graded, int upToDate, int total) {
    }

    /**
     * @throws BatchRefused before anything is written, if the batch must not start
     */
    public Totals run(Path submissions, Path out, Options options, PrintStream log, boolean terminal)
            throws BatchRefused, IOException, InterruptedException {
        refuseOutInside(submissions, out);
        SubmissionFolder.Listing listing = SubmissionFolder.list(submissions);
        refuseUnknownStudents(listing, options.students());
        try (OutLock lock = OutLock.acquire(out); WorkFolder temp = WorkFolder.create("nngrade-grade-")) {
            Path results = out.resolve("results");
            Files.createDirectories(results);
            removeHalfWrittenFiles(results);
            Path templateSources = template != null ? template : TemplateSources.bundled(temp.path());
            GradingSettings settings = new GradingSettings(request, plan.problems(), limits, templateSources);
            Regrade regrade = new Regrade(listing.submissions(), options.students(), options.force(), settings,
                    records(results, temp));
            regrade.describe(listing.submissions().size()).forEach(log::println);
            int written;
            Path blank = template != null ? TemplateSources.bundled(temp.path()) : templateSources;
            try (SubmissionExaminer examiner = examiner(templateSources, blank,
                    ExaminerJit.forBatch(regrade.todo().size(), options.jobs()))) {
                written = gradeAll(regrade.todo(), examiner, options.jobs(), results, settings, temp,
                        new Progress(log, terminal, regrade.todo().size()), log);
            }
            writeClassFiles(listing, results, out, settings);
            return new Totals(written, regrade.upToDate(), listing.submissions().size());
        }
    }

    /** The one place that says what examines a submission; the rest of the batch only calls it. */
    private SubmissionExaminer examiner(Path templateSources, Path blank, List<String> jit) {
        return new IsolatedExaminer(request, limits, plan, templateSources, blank, jit);
    }

    /** @return how many results were written */
    private int gradeAll(List<SubmissionFolder> todo, SubmissionExaminer examiner, int jobs, Path results,
            GradingSettings settings, WorkFolder temp, Progress progress, PrintStream log)
            throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        AtomicInteger written = new AtomicInteger();
        Thread onSignal = new Thread(() -> stop(pool, examiner, temp, results, written, todo.size(), log),
                "nngrade-stop");
        Runtime.getRuntime().addShutdownHook(onSignal);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (SubmissionFolder s : todo) {
                futures.add(pool.submit(() -> gradeAndWrite(s, examiner, results, settings, temp, progress, written)));
            }
            lendIdleThreads(pool, jobs, examiner, List.copyOf(futures));
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw new IOException("grading failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
            try {
                Runtime.getRuntime().removeShutdownHook(onSignal);
            } catch (IllegalStateException e) {
                // shutting down: the hook is running
            }
        }
        return written.get();
    }

    /**
     * Queues, behind every submission, a task per thread but one that lends that thread to the
     * submissions still under way: at the end of a batch a thread with nothing left to take
     * grades part of another's checks rather than wait (README's five examples: one of two
     * threads idled for about 5 of 22 s).
     */
    private static void lendIdleThreads(ExecutorService pool, int jobs, SubmissionExaminer examiner,
            List<Future<?>> submissions) {
        for (int i = 1; i < jobs; i++) {
            pool.submit(() -> {
                examiner.help(() -> submissions.stream().anyMatch(f -> !f.isDone()));
                return null;
            });
        }
    }

    /**
     * SIGINT or SIGTERM: stop taking submissions, end the examiners' processes, let the threads
     * go, drop half-written files and the run's temporary folder. Results already written are
     * whole (each is renamed into place in one step) and stay.
     */
    private void stop(ExecutorService pool, SubmissionExaminer examiner, WorkFolder temp, Path results,
            AtomicInteger written, int todo, PrintStream log) {
        stopping.set(true);
        pool.shutdownNow();
        examiner.close();
        try {
            pool.awaitTermination(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
            examiner.close(); // anything started while the threads were letting go
            removeHalfWrittenFiles(results);
        } catch (InterruptedException | IOException e) {
            // stopping anyway
        }
        temp.close();
        log.printf("%nstopped: %d of %d result(s) written by this run are kept; run again to grade the rest%n",
                written.get(), todo);
        log.flush();
    }

    private Void gradeAndWrite(SubmissionFolder s, SubmissionExaminer examiner, Path results, GradingSettings settings,
            WorkFolder temp, Progress progress, AtomicInteger written) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Path work = temp.newFolder("submission");
        try {
            Examination exam;
            String fingerprint;
            try {
                Intake.Taken taken = Intake.take(s.path(), work.resolve("intake"));
                fingerprint = SubmissionFingerprint.of(taken);
                exam = examiner.examine(taken.sources(), Files.createDirectories(work.resolve("exam")))
                        .withTroubleFirst(taken.notes());
            } catch (IntakeRefused r) {
                fingerprint = SubmissionFingerprint.of(r);
                exam = Examination.notRun(plan.zero(CheckStatus.ERROR, "not run: " + r.getMessage()), r.status(),
                        r.getMessage());
            } catch (IOException | RuntimeException e) {
                if (stopping.get()) {
                    return null;
                }
                fingerprint = "";
                exam = graderError(s, e);
            }
            if (stopping.get()) {
                return null; // a result finished while stopping may be incomplete: it is not written
            }
            ObjectNode json = ResultJson.of(s.id(), exam, fingerprint, settings);
            GradescopeJson.write(json, results.resolve(ResultFileName.of(s.id())));
            written.incrementAndGet();
            writePage(json, results.getParent());
            progress.finished(Intake.shown(s.id()), json.get("score").asDouble(), json.get("max_score").asDouble(),
                    (System.nanoTime() - start) / 1_000_000, exam.trouble().isEmpty() ? null
                            : exam.trouble().get(0).lines().findFirst().orElse(""));
            return null;
        } catch (InterruptedException e) {
            if (stopping.get()) {
                return null;
            }
            throw e;
        } finally {
            SourceFiles.deleteTree(work);
        }
    }

    /** The student's feedback page, drawn now while other submissions are graded; if it fails, at the end. */
    private void writePage(ObjectNode json, Path out) {
        try {
            pagesWritten.add(FeedbackPages.writePage(json, out, BatchGrader::pageName));
        } catch (IOException | RuntimeException e) {
            // drawn again from the results file at the end
        }
    }

    private static String pageName(String id) {
        return ResultFileName.of(id).replaceFirst("\\.json$", ".html");
    }

    private Examination graderError(SubmissionFolder s, Exception e) {
        System.err.println("nngrade: grader error on " + Intake.shown(s.id()) + ": " + e);
        String why = "the grader failed on this submission (" + e.getClass().getSimpleName()
                + "), through no fault of the submission; a rerun grades it again.";
        return Examination.notRun(plan.zero(CheckStatus.ERROR, "not run: " + why), SubmissionStatus.GRADER_ERROR, why);
    }

    /** How a rerun reads the last results and the submissions as they are now. */
    private Regrade.Records records(Path results, WorkFolder temp) {
        return new Regrade.Records() {
            @Override
            public JsonNode stored(SubmissionFolder s) {
                return read(results.resolve(ResultFileName.of(s.id())));
            }

            @Override
            public String fingerprint(SubmissionFolder s) throws IOException {
                Path work = temp.newFolder("fingerprint");
                try {
                    return SubmissionFingerprint.of(Intake.take(s.path(), work));
                } catch (IntakeRefused r) {
                    return SubmissionFingerprint.of(r);
                } finally {
                    SourceFiles.deleteTree(work);
                }
            }
        };
    }

    /** gradebook.csv, summary.txt, report.html and feedback/, from the results of the submissions now in the folder. */
    private void writeClassFiles(SubmissionFolder.Listing listing, Path results, Path out, GradingSettings settings)
            throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (SubmissionFolder s : listing.submissions()) {
            JsonNode r = read(results.resolve(ResultFileName.of(s.id())));
            if (r == null) {
                missing.add(Intake.shown(s.id()));
                continue;
            }
            rows.add(r);
            if (!settings.fingerprint().equals(r.path("extra_data").path("fingerprint").path("settings").asText())) {
                stale.add(Intake.shown(s.id()));
            }
        }
        List<String> remarks = new ArrayList<>();
        if (!listing.ignored().isEmpty()) {
            remarks.add("not submissions, ignored: " + String.join(", ", listing.ignored().stream()
                    .map(Intake::shown).toList()));
        }
        if (!missing.isEmpty()) {
            remarks.add(missing.size() + " submission(s) have no result yet (run again): " + String.join(", ", missing));
        }
        if (!stale.isEmpty()) {
            remarks.add(stale.size() + " result(s) were graded with other settings (run again without --student to"
                    + " regrade them): " + String.join(", ", stale));
        }
        int orphans = orphans(listing, results);
        if (orphans > 0) {
            remarks.add(orphans + " file(s) in " + results.getFileName() + " belong to no submission now in the folder;"
                    + " they are kept but left out of the gradebook");
        }
        List<Problem> problems = plan.problems().stream().map(catalogue::get).toList();
        Gradebook.write(rows, problems, out.resolve("gradebook.csv"));
        BatchSummary.write(rows, problems, remarks, out.resolve("summary.txt"));
        FeedbackPages.write(rows, problems.stream().map(Problem::id).toList(), out, BatchGrader::pageName,
                pagesWritten);
    }

    private static int orphans(SubmissionFolder.Listing listing, Path results) throws IOException {
        Set<String> expected = new HashSet<>(listing.submissions().stream().map(s -> ResultFileName.of(s.id())).toList());
        try (Stream<Path> files = Files.list(results)) {
            return (int) files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !expected.contains(n)).count();
        }
    }

    /** @return a results file, or null if there is none or it cannot be read (it is then regraded) */
    private static JsonNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            JsonNode r = JSON.readTree(file.toFile());
            return r != null && r.has("extra_data") ? r : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** OUT inside SUBMISSIONS would be graded as a submission on the next run. */
    private static void refuseOutInside(Path submissions, Path out) throws BatchRefused, IOException {
        Path subs = submissions.toRealPath();
        if (realPathOf(out).startsWith(subs)) {
            throw new BatchRefused("--out " + out + " lies inside SUBMISSIONS " + submissions
                    + ": the next run would grade it as a student; give an OUT outside it.");
        }
    }

    /** @return the real path of {@code p}, which need not exist: its deepest existing ancestor resolved */
    private static Path realPathOf(Path p) throws IOException {
        Path absolute = p.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? absolute : existing.toRealPath().resolve(existing.relativize(absolute));
    }

    private static void refuseUnknownStudents(SubmissionFolder.Listing listing, Set<String> students)
            throws BatchRefused {
        Set<String> ids = new HashSet<>(listing.submissions().stream().map(SubmissionFolder::id).toList());
        List<String> unknown = students.stream().filter(s -> !ids.contains(s)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new BatchRefused("no submission in SUBMISSIONS has the id " + String.join(", ", unknown.stream()
                    .map(u -> "'" + Intake.shown(u) + "'").toList()) + " (--student takes a folder's name, or a zip's"
                    + " without .zip).");
        }
    }

    /** A grader killed while writing leaves a temporary file; the rename never happened, so it is garbage. */
    private static void removeHalfWrittenFiles(Path results) throws IOException {
        try (Stream<Path> files = Files.list(results)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith(AtomicFiles.TEMPORARY_PREFIX))
                    .toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
