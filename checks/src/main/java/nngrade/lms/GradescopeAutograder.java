package nngrade.lms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import nngrade.submission.SourceFiles;

/**
 * Gradescope's autograder: OUT/autograder.zip, which Gradescope unpacks into /autograder/source.
 * <pre>
 * setup.sh            installs a JDK 17, bubblewrap and prlimit on Gradescope's Ubuntu base image,
 *                     then runs prepare_grader
 * prepare_grader      makes with that JDK what the grader keeps beside its jars to start fast (the
 *                     check index and plan, class-data archives, predicted calls), as package time does
 * run_autograder      grades /autograder/submission with the isolated grader and writes
 *                     /autograder/results/results.json; the instructor's options baked in
 * lib/nngrade.jar     the instructor's grader (with the reference: instructor-only checks are
 *                     after_published), lib/nngrade-host.jar the submission's JVM
 * student-template/src/main/java   put in place of a submitted file that does not compile
 * </pre>
 * The result is Gradescope's results format as {@code check --json} writes it; no leaderboard.
 */
public final class GradescopeAutograder {

    private final Path home;
    private final Path graderJar;

    /**
     * @param home      the instructor's project folder (its template)
     * @param graderJar the instructor's grader jar, with nngrade-host.jar beside it
     */
    public GradescopeAutograder(Path home, Path graderJar) {
        this.home = home;
        this.graderJar = graderJar;
    }

    /**
     * @param out     the folder of autograder.zip
     * @param options the options of {@code nngrade check} to bake in, e.g. --section A --seed 7
     * @return the zip
     */
    public Path build(Path out, List<String> options) throws IOException {
        Files.createDirectories(out);
        Path zip = out.resolve("autograder.zip");
        Files.deleteIfExists(zip);
        String baked = String.join(" ", options.stream().map(GradescopeAutograder::quoted).toList());
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()),
                Map.of("create", "true", "enablePosixFileAttributes", "true"))) {
            executable(fs.getPath("setup.sh"), resource("setup.sh"));
            executable(fs.getPath("run_autograder"), resource("run_autograder").replace("@OPTIONS@", baked));
            executable(fs.getPath("prepare_grader"), resource("prepare_grader"));
            Files.createDirectories(fs.getPath("lib"));
            Files.copy(graderJar, fs.getPath("lib/nngrade.jar"));
            Files.copy(graderJar.resolveSibling("nngrade-host.jar"), fs.getPath("lib/nngrade-host.jar"));
            SourceFiles.copyTree(home.resolve("student-template/src/main/java"), fs.getPath("student-template/src/main/java"));
        }
        return zip;
    }

    private static void executable(Path p, String text) throws IOException {
        Files.writeString(p, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** @return the option as the shell reads it: only safe characters pass unquoted */
    static String quoted(String option) {
        return option.matches("[A-Za-z0-9._=/-]+") ? option : "'" + option.replace("'", "'\\''") + "'";
    }

    static String resource(String name) {
        try (InputStream in = GradescopeAutograder.class.getResourceAsStream("/nngrade/lms/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
