package nngrade.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import nngrade.engine.CheckResult;
import nngrade.engine.CheckStatus;
import nngrade.engine.GradeReport;
import nngrade.engine.GradeRequest;
import nngrade.engine.Grader;
import nngrade.engine.PlannedCheck;
import nngrade.engine.ProblemScore;
import nngrade.feedback.FeedbackPages;
import nngrade.feedback.PlotJson;
import nngrade.problems.Catalogue;
import nngrade.problems.Problem;
import nngrade.report.BatchSummary;
import nngrade.report.GradescopeJson;
import nngrade.report.Gradebook;
import nngrade.submission.CompileError;

/**
 * `nngrade grade`: every submission of a folder graded by the same checks, each in its own child
 * JVM, several at a time. Each result is written whole as soon as it is done, so a rerun after a
 * crash grades only what is missing; the gradebook and summary are then rebuilt from all results.
 */
public final class BatchGrader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Catalogue catalogue = Catalogue.load();
    private final Grader grader = new Grader(catalogue);
    private final Path template;
    private final BatchRequest request;
    private final Limits limits;

    private final GradeRequest planRequest;
    private final List<PlannedCheck> plan;
    /** One compile worker and one examiner per job, each used by one submission at a time. */
    private final java.util.concurrent.BlockingQueue<GradingSlot> slots = new java.util.concurrent.LinkedBlockingQueue<>();

    public BatchGrader(Path template, BatchRequest request, Limits limits) {
        this.template = template;
        this.request = request;
        this.limits = limits;
        this.planRequest = request.withoutSubmission(limits.checkTimeoutOrDefault());
        this.plan = grader.plan(planRequest); // the same for every submission: discovered once
    }

    /** What a batch did: how many were graded now, how many were already done. */
    public record Totals(int graded, int skipped, int total) {
    }

    public Totals run(Path submissions, Path out, int jobs, boolean force, PrintStream log, boolean terminal)
            throws IOException, InterruptedException {
        List<SubmissionFolder> all = SubmissionFolder.list(submissions);
        Path results = out.resolve("results");
        Files.createDirectories(results);
        removeHalfWrittenFiles(results);
        List<SubmissionFolder> todo = all.stream()
                .filter(s -> force || !Files.exists(resultFile(results, s.student())))
                .toList();
        log.printf("grading %d submission(s) of %d with %d job(s) (%d already graded)%n", todo.size(), all.size(),
                jobs, all.size() - todo.size());
        Progress progress = new Progress(log, terminal, todo.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        for (int i = 0; i < Math.max(1, jobs); i++) {
            slots.add(new GradingSlot(limits));
        }
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (SubmissionFolder s : todo) {
                futures.add(pool.submit(() -> gradeAndWrite(s, results, progress)));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IOException("grading failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
            slots.forEach(GradingSlot::close);
            slots.clear();
        }
        writeClassFiles(results, out);
        return new Totals(todo.size(), all.size() - todo.size(), all.size());
    }

    private Void gradeAndWrite(SubmissionFolder s, Path results, Progress progress) throws Exception {
        long start = System.nanoTime();
        ObjectNode json = gradeOne(s).json();
        GradescopeJson.write(json, resultFile(results, s.student()));
        String trouble = json.get("extra_data").get("trouble").isNull() ? null
                : json.get("extra_data").get("trouble").asText();
        progress.finished(s.student(), json.get("score").asDouble(), json.get("max_score").asDouble(),
                (System.nanoTime() - start) / 1_000_000, trouble);
        return null;
    }

    /** One submission's grade: the report, the result file's JSON, and whether its sources compiled at all. */
    public record Graded(GradeReport report, ObjectNode json, boolean compiled) {
    }

    /**
     * Grades one submission (a folder of sources or a .zip) the way a batch does, in the
     * submission's own JVM: what {@code nngrade check --json} runs.
     */
    public Graded gradeSingle(Path submission, String student) throws IOException, InterruptedException {
        slots.add(new GradingSlot(limits));
        try {
            return gradeOne(new SubmissionFolder(student, submission));
        } finally {
            slots.forEach(GradingSlot::close);
            slots.clear();
        }
    }

    /** Grades one submission; never throws for anything the submission did. */
    Graded gradeOne(SubmissionFolder s) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("nngrade-" + s.student() + "-");
        GradingSlot slot = slots.take();
        try {
            long t0 = System.nanoTime();
            long budget = limits.submissionTimeout().toMillis();
            List<String> notes = new ArrayList<>();
            Path sources;
            try {
                sources = s.sources(work);
            } catch (IOException e) {
                return zeroForCompileError(s.student(), new CompileError(List.of("cannot read the submission: "
                        + e.getMessage())), (System.nanoTime() - t0) / 1_000_000);
            }
            CompileWorker.Answer compiled = slot.compile(sources, template, work,
                    Math.min(budget, Limits.MAX_COMPILE.toMillis()));
            long compileMillis = (System.nanoTime() - t0) / 1_000_000;
            if (compiled.error() != null) {
                return zeroForCompileError(s.student(), new CompileError(List.of(compiled.error())), compileMillis);
            }
            notes.addAll(compiled.notes());
            IsolatedGrading.Outcome outcome = new IsolatedGrading(grader, request, limits, plan)
                    .grade(Path.of(compiled.classes()), slot, budget - compileMillis);
            notes.addAll(outcome.events());
            ObjectNode json = resultJson(s.student(), outcome.report(), notes, compileMillis, outcome.checksMillis());
            json.put("execution_time", (System.nanoTime() - t0) / 1e9);
            ObjectNode extra = (ObjectNode) json.get("extra_data");
            long[] u = outcome.usage();
            ObjectNode usage = extra.putObject("channel");
            usage.put("calls", u[0]);
            usage.put("callbacks", u[1]);
            usage.put("bytes", u[2]);
            usage.put("host_restarts", u[3]);
            usage.put("examiner_cpu_ms", u[4]);
            var layers = extra.putArray("confinement");
            outcome.layers().forEach(layers::add);
            extra.set("plots", PlotJson.toJson(outcome.plots()));
            return new Graded(outcome.report(), json, true);
        } finally {
            slots.put(slot);
            deleteTree(work);
        }
    }

    private Graded zeroForCompileError(String student, CompileError e, long compileMillis) {
        String why = "not run: " + e.getMessage();
        List<CheckResult> results = plan.stream().map(c -> c.failed(CheckStatus.ERROR, why)).toList();
        GradeReport report = grader.report(planRequest, results, 0);
        return new Graded(report, resultJson(student, report, List.of(e.getMessage()), compileMillis, 0), false);
    }

    private static ObjectNode resultJson(String student, GradeReport report, List<String> notes, long compileMillis,
            long checksMillis) {
        ObjectNode json = GradescopeJson.toJson(report);
        String trouble = notes.isEmpty() ? null : String.join(" ", notes);
        json.put("output", json.get("output").asText() + (trouble == null ? "" : "\n\n" + String.join("\n", notes)));
        ObjectNode extra = json.putObject("extra_data");
        extra.put("student", student);
        extra.put("compile_ms", compileMillis);
        extra.put("checks_ms", checksMillis);
        if (trouble == null) {
            extra.putNull("trouble");
        } else {
            extra.put("trouble", notes.size() == 1 ? notes.get(0) : notes.size() + " problems, see output");
        }
        ObjectNode problems = extra.putObject("problems");
        for (ProblemScore p : report.scores()) {
            ObjectNode node = problems.putObject(p.problem().id());
            node.put("score", Math.round(p.earned() * 1e4) / 1e4);
            node.put("max_score", p.possible());
            node.put("first_failure", p.firstFailure().map(c -> c.status() == CheckStatus.NOT_IMPLEMENTED
                    ? "not implemented yet" : c.name()).orElse(""));
        }
        return json;
    }

    private void writeClassFiles(Path results, Path out) throws IOException {
        List<JsonNode> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(results)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                all.add(JSON.readTree(f.toFile()));
            }
        }
        all.sort(Comparator.comparing(r -> r.get("extra_data").get("student").asText()));
        List<String> problems = catalogue.all().stream().map(Problem::id)
                .filter(id -> all.stream().anyMatch(r -> r.get("extra_data").get("problems").has(id)))
                .toList();
        Gradebook.write(all, problems, out.resolve("gradebook.csv"));
        BatchSummary.write(all, problems, out.resolve("summary.txt"));
        FeedbackPages.write(all, problems, out);
    }

    /** A grader killed while writing leaves a temporary file; the rename never happened, so it is garbage. */
    private static void removeHalfWrittenFiles(Path results) throws IOException {
        try (Stream<Path> files = Files.list(results)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith(".nngrade-")).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static Path resultFile(Path results, String student) {
        return results.resolve(student + ".json");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
