package nngrade.cli;

import static nngrade.cli.Cli.write;
import static nngrade.submission.StudentFiles.FACTORY_PATH;
import static nngrade.submission.StudentFiles.RELU;
import static nngrade.submission.StudentFiles.RELU_PATH;
import static nngrade.submission.StudentFiles.STEP;
import static nngrade.submission.StudentFiles.STEP_PATH;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nngrade.problems.Catalogue;
import nngrade.problems.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `nngrade grade` run as an instructor runs it, as a process: ids kept verbatim, every status,
 * partial compilation, reruns that regrade exactly what changed, options refused before anything
 * is written, one run per OUT, SIGTERM, sections, help, and a temporary directory left as found.
 * Only act.step and act.relu are graded (section A for --section), to keep each run short.
 */
class GradeCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TWO_PROBLEMS = {"--problem", "act.step", "--problem", "act.relu"};

    @TempDir
    Path dir;
    private Cli cli;
    private Path subs;
    private Path out;

    @BeforeEach
    void paths() {
        cli = new Cli(dir.resolve("tmp"));
        subs = dir.resolve("submissions");
        out = dir.resolve("out");
    }

    @Test
    void everyStudentIsKeptVerbatimWithAStatusAndOnlyBrokenFilesCost() throws Exception {
        String longId = "L".repeat(240);
        List<String> stepOnly = List.of("a b", "a_b", "a~b", "Doe, Jane", "José Núñez", longId);
        for (String id : stepOnly) {
            write(subs.resolve(id), STEP_PATH, STEP);
        }
        zip(subs.resolve("zipped.zip"), Map.of(STEP_PATH, STEP, RELU_PATH, RELU));
        Files.createDirectories(subs.resolve("empty"));
        Files.writeString(subs.resolve("broken.zip"), "not a zip at all");
        write(write(write(subs.resolve("modular"), STEP_PATH, STEP), RELU_PATH, RELU), "module-info.java",
                "module student { requires nngrade.problems; }");
        write(write(subs.resolve("misplaced"), STEP_PATH, STEP), RELU_PATH,
                RELU.replace("package nngrade.student.activations;", "package nngrade.student.activation;"));
        write(write(write(subs.resolve("factory"), STEP_PATH, STEP), RELU_PATH, RELU), FACTORY_PATH,
                Files.readString(Cli.TEMPLATE.resolve(FACTORY_PATH)).replace("return new Step();", "return new Step()"));

        Cli.Run run = grade("--jobs", "2");
        assertEquals(0, run.exitCode(), run.all());

        Map<String, List<String>> rows = gradebook();
        Set<String> expected = new LinkedHashSet<>(stepOnly);
        expected.addAll(List.of("zipped", "empty", "broken", "modular", "misplaced", "factory", "Points Possible"));
        assertEquals(expected, rows.keySet(), "every id once, verbatim");
        for (String id : stepOnly) {
            assertRow(rows, id, "1", "graded", "1", "0");
        }
        assertRow(rows, "zipped", "3", "graded", "1", "2");
        assertRow(rows, "empty", "0", "no sources", "0", "0");
        assertRow(rows, "broken", "0", "not a zip", "0", "0");
        assertRow(rows, "modular", "3", "partly compiled", "1", "2");
        assertRow(rows, "misplaced", "1", "partly compiled", "1", "0");
        assertRow(rows, "factory", "3", "partly compiled", "1", "2");
        assertRow(rows, "Points Possible", "3", "maximum", "1", "2");

        assertEquals(expected.size() - 1, resultFiles().size(), "one results file per student");
        for (Path f : resultFiles()) {
            JsonNode r = JSON.readTree(f.toFile());
            assertTrue(expected.contains(r.get("extra_data").get("student").asText()), f.toString());
            assertTrue(Files.getPosixFilePermissions(f).containsAll(readableAsUsual()), f + " is readable as any new file");
            JsonNode channel = r.get("extra_data").get("channel");
            if (channel.get("calls").asLong() > 0 && Files.isDirectory(Path.of("/proc/self/task"))) {
                assertTrue(channel.get("host_cpu_ms").asLong() > 0, "the submission's JVM's CPU time: " + channel);
            }
        }

        String summary = Files.readString(out.resolve("summary.txt"));
        assertTrue(summary.startsWith("10 submissions graded, out of 3 points; 2 not graded"), summary);
        String apart = summary.substring(summary.indexOf("not graded ("));
        assertTrue(apart.contains("empty [no sources]") && apart.contains("broken [not a zip]"), summary);
        String trouble = summary.substring(summary.indexOf("students with trouble"));
        for (String id : List.of("modular", "misplaced", "factory")) {
            assertTrue(trouble.contains(id + " [partly compiled]"), summary);
        }
        assertTrue(trouble.contains("module-info.java was set aside"), summary);
        assertTrue(trouble.contains("declares package nngrade.student.activation but"), summary);
        assertTrue(trouble.contains("StudentSolutions.java cannot be parsed"), summary);
        assertEquals(List.of(), cli.tmpEntries(), "the run left its temporary files behind");
    }

    @Test
    void aRerunRegradesExactlyWhatChangedAndSaysWhy() throws Exception {
        write(subs.resolve("alice"), STEP_PATH, STEP);
        write(subs.resolve("bob"), STEP_PATH, STEP);
        assertTrue(grade().stdout().contains("grading 2 of 2 submission(s): 2 new; 0 up to date"));
        byte[] alice = Files.readAllBytes(resultOf("alice"));

        Cli.Run again = grade();
        assertTrue(again.stdout().contains("grading 0 of 2 submission(s); 2 up to date"), again.all());
        assertArrayEquals(alice, Files.readAllBytes(resultOf("alice")));

        write(subs.resolve("bob"), RELU_PATH, RELU); // bob resubmits with act.relu done
        Cli.Run resubmitted = grade();
        assertTrue(resubmitted.stdout().contains("grading 1 of 2 submission(s): 1 resubmitted (bob); 1 up to date"),
                resubmitted.all());
        assertEquals("3", gradebook().get("bob").get(0), "bob's new total");
        assertArrayEquals(alice, Files.readAllBytes(resultOf("alice")), "alice was not regraded");

        Cli.Run reseeded = grade("--seed", "7");
        assertTrue(reseeded.stdout().contains("grading 2 of 2 submission(s): 2 graded with other settings"),
                reseeded.all());
        assertTrue(reseeded.stdout().contains("settings changed since the last grading: seed;"), reseeded.all());
        assertEquals(7, JSON.readTree(resultOf("alice").toFile()).get("extra_data").get("settings").get("seed").asLong());

        Cli.Run one = grade("--seed", "7", "--student", "alice");
        assertTrue(one.stdout().contains("grading 1 of 2 submission(s): 1 --student (alice); 0 up to date"), one.all());
        Cli.Run forced = grade("--seed", "7", "--force");
        assertTrue(forced.stdout().contains("grading 2 of 2 submission(s): 2 --force; 0 up to date"), forced.all());
        assertEquals(List.of(), cli.tmpEntries());
    }

    @Test
    void optionsThatCannotBeRightAreRefusedBeforeAnythingIsWritten() throws Exception {
        write(subs.resolve("alice"), STEP_PATH, STEP);
        Map<List<String>, String> refused = new java.util.LinkedHashMap<>();
        refused.put(List.of("--timeout", "0"), "--timeout must be a positive");
        refused.put(List.of("--timeout", "-1"), "--timeout must be a positive");
        refused.put(List.of("--check-timeout", "-5"), "--check-timeout must be a positive");
        refused.put(List.of("--check-timeout", "0"), "--check-timeout must be a positive");
        refused.put(List.of("--memory", "0"), "--memory must be at least 64 MB");
        refused.put(List.of("--memory", "10"), "--memory must be at least 64 MB");
        refused.put(List.of("--jobs", "0"), "--jobs must be at least 1");
        refused.put(List.of("--jobs", "-3"), "--jobs must be at least 1");
        refused.put(List.of("--section", "G"), "unknown section 'G'");
        refused.put(List.of("--problem", "act.nope"), "unknown problem id 'act.nope'");
        refused.put(List.of("--student", "nobody"), "no submission in SUBMISSIONS has the id 'nobody'");
        for (Map.Entry<List<String>, String> e : refused.entrySet()) {
            List<String> args = new ArrayList<>(List.of("grade", subs.toString(), "--out", out.toString()));
            args.addAll(e.getKey());
            Cli.Run run = cli.run(args.toArray(String[]::new));
            assertEquals(2, run.exitCode(), e.getKey() + ": " + run.all());
            assertTrue(run.stderr().contains(e.getValue()), e.getKey() + ": " + run.stderr());
            assertFalse(Files.exists(out), e.getKey() + " wrote " + out);
        }

        Path inside = subs.resolve("grades");
        Cli.Run outInside = cli.run("grade", subs.toString(), "--out", inside.toString());
        assertEquals(2, outInside.exitCode(), outInside.all());
        assertTrue(outInside.stderr().contains("lies inside SUBMISSIONS"), outInside.stderr());
        assertFalse(Files.exists(inside));

        zip(subs.resolve("alice.zip"), Map.of(STEP_PATH, STEP));
        Cli.Run twice = cli.run("grade", subs.toString(), "--out", out.toString());
        assertEquals(2, twice.exitCode(), twice.all());
        assertTrue(twice.stderr().contains("'alice' (alice/ and alice.zip)"), twice.stderr());
        assertFalse(Files.exists(out));
        assertEquals(List.of(), cli.tmpEntries());
    }

    @Test
    void oneRunAtATimePerOut() throws Exception {
        write(subs.resolve("alice"), STEP_PATH, STEP);
        Files.createDirectories(out);
        try (FileChannel channel = FileChannel.open(out.resolve(".nngrade.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            Cli.Run second = cli.run(args());
            assertEquals(2, second.exitCode(), second.all());
            assertTrue(second.stderr().contains("another nngrade grade is writing to"), second.stderr());
        }
        assertFalse(Files.exists(out.resolve("results")), "the refused run wrote nothing");
    }

    @Test
    void sigtermEndsTheChildrenAndKeepsTheResultsWritten() throws Exception {
        for (String id : List.of("s1", "s2", "s3")) {
            write(write(subs.resolve(id), STEP_PATH, STEP), RELU_PATH, RELU);
        }
        Process grader = cli.builder(args("--jobs", "1")).redirectErrorStream(true)
                .redirectOutput(dir.resolve("log.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (resultFiles().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertFalse(resultFiles().isEmpty(), "no result within 5 minutes");
        while (grader.descendants().findAny().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20); // until the next submission's child JVM runs
        }
        List<ProcessHandle> children = grader.descendants().toList();
        grader.destroy(); // SIGTERM
        assertTrue(grader.waitFor(60, TimeUnit.SECONDS), "the grader ends on SIGTERM");
        for (ProcessHandle child : children) {
            child.onExit().get(10, TimeUnit.SECONDS);
        }
        int kept = resultFiles().size();
        assertTrue(kept < 3, "SIGTERM landed mid-batch: " + kept);
        for (Path f : resultFiles()) {
            assertEquals(3.0, JSON.readTree(f.toFile()).get("score").asDouble(), f + " is whole");
        }
        try (Stream<Path> files = Files.list(out.resolve("results"))) {
            assertEquals(List.of(), files.filter(p -> !p.toString().endsWith(".json")).toList(), "no half-written file");
        }
        assertTrue(Files.readString(dir.resolve("log.txt")).contains("stopped: "), Files.readString(dir.resolve("log.txt")));
        assertEquals(List.of(), cli.tmpEntries(), "the stopped run removed its temporary files");

        Cli.Run rerun = grade();
        assertTrue(rerun.stdout().contains((3 - kept) + " new; " + kept + " up to date"), rerun.all());
    }

    @Test
    void aSectionSelectsItsProblemsAndTheGradebookHoldsOnlyThose() throws Exception {
        write(subs.resolve("alice"), STEP_PATH, STEP);
        Cli.Run run = cli.run("grade", subs.toString(), "--out", out.toString(), "--section", "A");
        assertEquals(0, run.exitCode(), run.all());
        List<String> sectionA = Catalogue.load().all().stream().filter(p -> p.section().equals("A"))
                .map(Problem::id).toList();
        String header = Files.readAllLines(out.resolve("gradebook.csv"), StandardCharsets.UTF_8).get(0);
        assertEquals("student,total,status," + String.join(",", sectionA), header);
        String summary = Files.readString(out.resolve("summary.txt"));
        assertFalse(summary.contains("act.step"), "only section A in the summary:\n" + summary);
        assertTrue(summary.contains(sectionA.get(0)), summary);
    }

    @Test
    void helpAfterACommandAndHelpCommandPrintTheHelp() throws Exception {
        for (String[] args : List.of(new String[] {"grade", "--help"}, new String[] {"help", "grade"},
                new String[] {"check", "--help"}, new String[] {"help", "check"}, new String[] {"help"})) {
            Cli.Run run = cli.run(args);
            assertEquals(0, run.exitCode(), String.join(" ", args) + ": " + run.all());
            assertTrue(run.stdout().contains("Usage: nngrade"), run.stdout());
        }
        String grade = cli.run("grade", "--help").stdout();
        String check = cli.run("check", "--help").stdout();
        assertTrue(grade.contains("--student") && grade.contains("--section"), grade);
        assertEquals(defaultOf(grade, "--check-timeout").replaceAll("\\s+", " "),
                defaultOf(check, "--timeout").replaceAll("\\s+", " "), // the same words, wrapped apart
                "one per-check time limit for check and grade");
    }

    // ---- helpers ----

    private String[] args(String... more) {
        List<String> args = new ArrayList<>(List.of("grade", subs.toString(), "--out", out.toString()));
        args.addAll(List.of(TWO_PROBLEMS));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private Cli.Run grade(String... more) throws Exception {
        Cli.Run run = cli.run(args(more));
        assertEquals(0, run.exitCode(), run.all());
        return run;
    }

    private Path resultOf(String id) throws IOException {
        for (Path f : resultFiles()) {
            if (JSON.readTree(f.toFile()).get("extra_data").get("student").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no result for " + id);
    }

    private List<Path> resultFiles() throws IOException {
        Path results = out.resolve("results");
        if (!Files.isDirectory(results)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(results)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** @return the gradebook's rows by student: total, status, then one cell per problem */
    private Map<String, List<String>> gradebook() throws IOException {
        String csv = Files.readString(out.resolve("gradebook.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.endsWith("\r\n") && !csv.replace("\r\n", "").contains("\n"), "CRLF line endings");
        Map<String, List<String>> rows = new HashMap<>();
        List<String> lines = List.of(csv.split("\r\n"));
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = cells(line);
            assertFalse(rows.containsKey(cells.get(0)), "twice: " + cells.get(0));
            rows.put(cells.get(0), cells.subList(1, cells.size()));
        }
        return rows;
    }

    /** RFC 4180 cells of one line (no line breaks inside cells here). */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static void assertRow(Map<String, List<String>> rows, String id, String... cells) {
        assertEquals(List.of(cells), rows.get(id), id);
    }

    /** @return the permissions a file gets when created the ordinary way, under this umask */
    private Set<PosixFilePermission> readableAsUsual() throws IOException {
        Path probe = Files.createFile(dir.resolve("probe"));
        try {
            return Files.getPosixFilePermissions(probe);
        } finally {
            Files.delete(probe);
        }
    }

    /** @return the default an option's help states, however picocli wrapped its description */
    private static String defaultOf(String help, String option) {
        Matcher m = Pattern.compile("^ +" + Pattern.quote(option) + "=\\S+\\s.*?\\(default: ([^)]*)\\)",
                Pattern.DOTALL | Pattern.MULTILINE).matcher(help); // the option's own line, not the synopsis
        assertTrue(m.find(), option + " states no default:\n" + help);
        return m.group(1);
    }

    private static void zip(Path zip, Map<String, String> files) throws IOException {
        Files.createDirectories(zip.getParent());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                out.putNextEntry(new ZipEntry(f.getKey()));
                out.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }
}
