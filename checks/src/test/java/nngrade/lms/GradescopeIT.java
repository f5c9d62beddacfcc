package nngrade.lms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * nngrade gradescope: autograder.zip unpacked into a fake /autograder root (named by
 * NNGRADE_AUTOGRADER_ROOT, so no Gradescope is needed), an example copied into submission/,
 * run_autograder run, and results/results.json held to Gradescope's documented format
 * (gradescope-autograders.readthedocs.io, "Autograder Specifications", output format): the
 * fields it names, with their types and allowed values, and the same points as the instructor's
 * own check of that submission.
 */
class GradescopeIT {

    /** Top-level fields of results.json that Gradescope documents. */
    static final Set<String> TOP_LEVEL = Set.of("score", "execution_time", "output", "output_format",
            "test_output_format", "test_name_format", "visibility", "stdout_visibility", "extra_data", "tests",
            "leaderboard");
    /**
     * nngrade's one addition at the top level: the maximum, for the batch's gradebook (Gradescope
     * takes the maximum from the assignment's settings and ignores keys it does not know).
     */
    static final Set<String> NNGRADE_TOP_LEVEL = Set.of("max_score");
    /** Fields of one test that Gradescope documents. */
    static final Set<String> TEST = Set.of("score", "max_score", "status", "name", "name_format", "number", "output",
            "output_format", "tags", "visibility", "extra_data");
    static final Set<String> VISIBILITY = Set.of("hidden", "after_due_date", "after_published", "visible");
    static final Set<String> STATUS = Set.of("passed", "failed");
    /**
     * The options baked in. A generous --timeout: on a loaded machine a check of the isolated grader
     * can pass its own limit (1 s and up) where the in-process check it is compared with does not;
     * what is tested here is the packaging, not the limits.
     */
    static final List<String> OPTIONS = List.of("--problem", "act.relu", "--problem", "act.elu", "--problem",
            "loss.l2", "--seed", "7", "--timeout", "60");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path root;

    @BeforeAll
    static void unpackTheAutograder() throws Exception {
        Path out = dir.resolve("out");
        List<String> args = new java.util.ArrayList<>(List.of("gradescope", out.toString()));
        args.addAll(OPTIONS);
        Packaged.Ran built = Packaged.nngrade(args.toArray(String[]::new));
        assertEquals(0, built.exitCode(), built.output());
        root = dir.resolve("autograder");
        unzip(out.resolve("autograder.zip"), root.resolve("source"));
    }

    @Test
    void theZipHoldsGradescopesTwoScriptsAtItsRootExecutable() throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + dir.resolve("out/autograder.zip").toUri()),
                Map.of("enablePosixFileAttributes", "true"))) {
            for (String script : List.of("setup.sh", "run_autograder", "prepare_grader")) {
                Path p = zip.getPath(script);
                assertTrue(Files.isRegularFile(p), script + " at the zip's root");
                Set<PosixFilePermission> perms = Files.getFileAttributeView(p, PosixFileAttributeView.class)
                        .readAttributes().permissions();
                assertTrue(perms.contains(PosixFilePermission.OWNER_EXECUTE), script + " is executable: " + perms);
                assertTrue(Files.readString(p).startsWith("#!/usr/bin/env bash"), script + " says how to run it");
            }
            assertTrue(Files.readString(zip.getPath("setup.sh")).contains("openjdk-17"), "setup.sh installs a JDK 17");
            assertTrue(Files.readString(zip.getPath("setup.sh")).contains("/source/prepare_grader"),
                    "setup.sh then prepares the grader with it");
            String run = Files.readString(zip.getPath("run_autograder"));
            assertTrue(run.contains("--problem act.relu --problem act.elu --problem loss.l2 --seed 7 --timeout 60"),
                    "the instructor's options are baked in: " + run);
        }
    }

    @Test
    void runAutograderWritesResultsInGradescopesFormat() throws Exception {
        JsonNode results = grade("carol");
        validate(results);
        assertEquals(instructorsScoresOfCarol(), scoreTable(results), "the autograder gives the instructor's scores");
        assertTrue(results.get("score").asDouble() < results.get("max_score").asDouble(), "carol loses points");
        boolean instructorOnly = false;
        for (JsonNode t : results.get("tests")) {
            instructorOnly |= t.get("visibility").asText().equals("after_published");
        }
        assertTrue(instructorOnly, "instructor-only checks are graded, shown after the grades are published");
    }

    /**
     * What setup.sh prepares with Gradescope's JDK (indexes, class-data archives, predicted calls),
     * in a copy of the unpacked zip: every file is made, and the autograder started from them gives
     * the instructor's scores as before.
     */
    @Test
    void aPreparedAutograderGivesTheSameScores() throws Exception {
        Path prepared = dir.resolve("prepared");
        unzip(dir.resolve("out/autograder.zip"), prepared.resolve("source"));
        Packaged.Ran prep = Packaged.run(List.of(prepared.resolve("source/prepare_grader").toString()), prepared,
                Map.of("NNGRADE_AUTOGRADER_ROOT", prepared.toString()));
        assertEquals(0, prep.exitCode(), prep.output());
        for (String file : List.of("nngrade-check-classes.tsv", "nngrade-check-plan.tsv", "nngrade-host.jsa",
                "nngrade.jsa", "nngrade-predicted.bin")) {
            assertTrue(prep.output().lines().anyMatch(l -> l.startsWith("prepared: ") && l.endsWith("(" + file + ")")),
                    prep.output());
            assertTrue(Files.size(prepared.resolve("source/lib/" + file)) > 0, file);
        }
        JsonNode results = grade(prepared, Packaged.EXAMPLES.resolve("carol"));
        validate(results);
        assertEquals(instructorsScoresOfCarol(), scoreTable(results), "the prepared autograder gives the instructor's scores");
    }

    private static List<String> instructorsScoresOfCarol;

    /** @return the score table of the instructor's own check of carol, with the baked-in options; run once */
    private static synchronized List<String> instructorsScoresOfCarol() throws Exception {
        if (instructorsScoresOfCarol == null) {
            Packaged.Ran instructor = Packaged.nngrade(withOptions("check", Packaged.EXAMPLES.resolve("carol").toString()));
            instructorsScoresOfCarol = Packaged.scoreTable(instructor.output());
        }
        return instructorsScoresOfCarol;
    }

    @Test
    void aSubmissionThatDoesNotCompileStillGetsAValidResult() throws Exception {
        Path broken = dir.resolve("broken/nngrade/student/activations");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("Relu.java"), "package nngrade.student.activations; class Relu {");
        JsonNode results = grade(dir.resolve("broken"));
        validate(results);
        assertEquals(0.0, results.get("score").asDouble(), results.toPrettyString());
    }

    /** Runs run_autograder on a copy of an example in submission/; @return results/results.json */
    private static JsonNode grade(String example) throws Exception {
        return grade(Packaged.EXAMPLES.resolve(example));
    }

    private static JsonNode grade(Path submission) throws Exception {
        return grade(root, submission);
    }

    /** Runs run_autograder of the autograder unpacked under {@code root} on a copy of {@code submission} */
    private static JsonNode grade(Path root, Path submission) throws Exception {
        Path sub = root.resolve("submission");
        if (Files.exists(sub)) {
            try (Stream<Path> walk = Files.walk(sub)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Packaged.copyTree(submission, sub);
        Path script = root.resolve("source/run_autograder");
        Packaged.Ran run = Packaged.run(List.of(script.toString()), root,
                Map.of("NNGRADE_AUTOGRADER_ROOT", root.toString()));
        assertEquals(0, run.exitCode(), "run_autograder ends well whatever the submission: " + run.output());
        Path results = root.resolve("results/results.json");
        assertTrue(Files.isRegularFile(results), run.output());
        return JSON.readTree(results.toFile());
    }

    /** Holds a results.json to the documented fields, types and values. */
    static void validate(JsonNode r) {
        assertTrue(r.isObject());
        r.fieldNames().forEachRemaining(f -> assertTrue(TOP_LEVEL.contains(f) || NNGRADE_TOP_LEVEL.contains(f),
                "undocumented top-level field " + f));
        assertTrue(r.get("score").isNumber(), "score is a number");
        assertTrue(r.get("execution_time").isNumber(), "execution_time is a number of seconds");
        assertTrue(r.get("output").isTextual());
        assertTrue(VISIBILITY.contains(r.get("visibility").asText()));
        assertTrue(r.get("extra_data").isObject());
        assertTrue(!r.has("leaderboard"), "leaderboard-free");
        assertTrue(r.get("tests").isArray() && r.get("tests").size() > 0, "one test per check");
        double sum = 0;
        for (Iterator<JsonNode> it = r.get("tests").elements(); it.hasNext();) {
            JsonNode t = it.next();
            t.fieldNames().forEachRemaining(f -> assertTrue(TEST.contains(f), "undocumented test field " + f));
            assertTrue(t.get("name").isTextual() && !t.get("name").asText().isBlank());
            assertTrue(t.get("score").isNumber() && t.get("max_score").isNumber());
            assertTrue(t.get("score").asDouble() >= 0 && t.get("score").asDouble() <= t.get("max_score").asDouble(),
                    t.toString());
            assertTrue(STATUS.contains(t.get("status").asText()), t.toString());
            assertTrue(VISIBILITY.contains(t.get("visibility").asText()), t.toString());
            assertTrue(t.get("output").isTextual());
            assertTrue(t.get("number").isTextual(), "number is shown as given, e.g. 1.2");
            sum += t.get("score").asDouble();
        }
        assertEquals(sum, r.get("score").asDouble(), 1e-6, "the score is the tests' sum");
    }

    private static List<String> scoreTable(JsonNode results) {
        List<String> rows = new java.util.ArrayList<>();
        results.get("extra_data").get("problems").fields().forEachRemaining(e -> rows.add(e.getKey() + " "
                + String.format(java.util.Locale.ROOT, "%.2f", e.getValue().get("score").asDouble()) + " / "
                + e.getValue().get("max_score").asInt()));
        return rows;
    }

    private static String[] withOptions(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(OPTIONS);
        return all.toArray(String[]::new);
    }

    /** Unpacks a zip, keeping the permissions it stores (as Gradescope's unzip does). */
    static void unzip(Path zipFile, Path to) throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + zipFile.toUri()),
                Map.of("enablePosixFileAttributes", "true"));
                Stream<Path> walk = Files.walk(zip.getPath("/"))) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(zip.getPath("/").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                    Set<PosixFilePermission> perms = Files.getFileAttributeView(p, PosixFileAttributeView.class)
                            .readAttributes().permissions();
                    if (!perms.isEmpty()) {
                        Files.setPosixFilePermissions(target, perms);
                    }
                }
            }
        }
    }
}
