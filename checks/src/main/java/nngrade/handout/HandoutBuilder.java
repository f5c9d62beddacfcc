package nngrade.handout;

import com.github.mustachejava.DefaultMustacheFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import nngrade.engine.Grader;
import nngrade.engine.GraderJar;
import nngrade.engine.PlannedCheck;
import nngrade.problems.Catalogue;
import nngrade.problems.Problem;

/**
 * Builds the student bundle from the instructor's grader: what students get instead of a clone of
 * the instructor's repository, which holds the answers. The bundle:
 * <pre>
 * OUT/nngrade, nngrade.cmd        the launcher (a JDK 17 on the PATH is all it needs)
 * OUT/lib/nngrade.jar             the engine, the contract and the public checks; no reference, no
 *                                 instructor-only check (cut out of the class files)
 * OUT/lib/nngrade-host.jar        the submission host, for check --isolated (the contract and the host)
 * OUT/lib/problems.jar            the contract alone, for an IDE's class path
 * OUT/contract/                   the contract's sources, to read
 * OUT/student-template/src/main/java/   the blank sheet the student fills in
 * OUT/README.md                   how to check one problem, all problems, read a failure, hand in
 * </pre>
 */
public final class HandoutBuilder {

    private static final String REFERENCE = "nngrade/reference/";
    private static final String REFERENCE_POM = "META-INF/maven/org.nngrade/reference/";
    private static final String CHECK_TIMES = "nngrade/check-times.tsv";

    private final Path home;
    private final Path graderJar;
    private final Set<String> sections;

    /**
     * @param home      the instructor's project folder (its template and contract sources)
     * @param graderJar the instructor's grader jar (nngrade.jar, with nngrade-host.jar beside it)
     * @param sections  the sections assigned, e.g. {"A", "B"}; empty: every problem with checks
     */
    public HandoutBuilder(Path home, Path graderJar, Set<String> sections) {
        this.home = home;
        this.graderJar = graderJar;
        this.sections = Set.copyOf(sections);
    }

    /** @return the jar this grader runs from; an error when it runs from classes (not packaged) */
    public static Path runningJar() {
        Path p = GraderJar.locationOf(HandoutBuilder.class);
        if (!Files.isRegularFile(p) || !p.toString().endsWith(".jar")) {
            throw new IllegalStateException("the handout is made from the packaged grader (./nngrade handout), "
                    + "not from classes at " + p);
        }
        return p;
    }

    /** What a build did, for the command's report. */
    public record Built(int classes, int checksCut, List<String> assigned) {
    }

    public Built build(Path out) throws IOException {
        List<Problem> assigned = assigned();
        Files.createDirectories(out.resolve("lib"));
        int[] counts = writeGraderJar(out.resolve("lib/nngrade.jar"), assigned);
        Files.copy(graderJar.resolveSibling("nngrade-host.jar"), out.resolve("lib/nngrade-host.jar"),
                StandardCopyOption.REPLACE_EXISTING);
        writeContractJar(out.resolve("lib/problems.jar"));
        copyTree(home.resolve("problems/src/main/java"), out.resolve("contract"));
        copyTree(home.resolve("student-template/src/main/java"), out.resolve("student-template/src/main/java"));
        writeLaunchers(out);
        Files.writeString(out.resolve("README.md"), readme(assigned), StandardCharsets.UTF_8);
        return new Built(counts[0], counts[1], assigned.stream().map(Problem::id).toList());
    }

    /** @return the problems the handout assigns: those with checks, of the sections asked */
    private List<Problem> assigned() {
        Set<String> withChecks = new Grader(Catalogue.load()).inventory().keySet();
        return Catalogue.load().all().stream()
                .filter(p -> withChecks.contains(p.id()))
                .filter(p -> sections.isEmpty() || sections.contains(p.section()))
                .toList();
    }

    /** @return {classes written, instructor-only checks cut} */
    private int[] writeGraderJar(Path target, List<Problem> assigned) throws IOException {
        Set<String> instructorKeys = instructorOnlyKeys();
        int classes = 0;
        int cut = 0;
        try (JarFile in = new JarFile(graderJar.toFile());
                JarOutputStream out = new JarOutputStream(Files.newOutputStream(target), in.getManifest())) {
            for (JarEntry e : java.util.Collections.list(in.entries())) {
                String name = e.getName();
                if (name.equals("META-INF/MANIFEST.MF") || name.startsWith(REFERENCE) || name.startsWith(REFERENCE_POM)
                        || name.equals(Assignment.RESOURCE)) {
                    continue;
                }
                byte[] bytes = read(in, e);
                if (name.startsWith("nngrade/checks/") && name.endsWith(".class")) {
                    cut += InstructorOnlyChecks.in(bytes).size();
                    bytes = InstructorOnlyChecks.strip(bytes);
                } else if (name.equals(CHECK_TIMES)) {
                    bytes = withoutLines(bytes, instructorKeys);
                }
                classes += name.endsWith(".class") ? 1 : 0;
                put(out, name, bytes);
            }
            if (!sections.isEmpty()) {
                StringBuilder ids = new StringBuilder("# the problems this handout assigns (nngrade handout --section "
                        + String.join(" --section ", new java.util.TreeSet<>(sections)) + ")\n");
                assigned.forEach(p -> ids.append(p.id()).append('\n'));
                put(out, Assignment.RESOURCE, ids.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return new int[] {classes, cut};
    }

    /** The contract alone (nngrade/problems and the catalogue), for a student's IDE. */
    private void writeContractJar(Path target) throws IOException {
        try (JarFile in = new JarFile(graderJar.toFile());
                JarOutputStream out = new JarOutputStream(Files.newOutputStream(target))) {
            for (JarEntry e : java.util.Collections.list(in.entries())) {
                if (e.getName().startsWith("nngrade/problems/") && !e.isDirectory()
                        || e.getName().equals("nngrade/catalogue.tsv")) {
                    put(out, e.getName(), read(in, e));
                }
            }
        }
    }

    /** @return the keys (problem/check) of every instructor-only check of this grader */
    private static Set<String> instructorOnlyKeys() {
        Set<String> keys = new java.util.HashSet<>();
        for (PlannedCheck c : new Grader(Catalogue.load()).plan(null)) {
            if (c.needsReference()) {
                keys.add(c.key());
            }
        }
        return keys;
    }

    private static byte[] withoutLines(byte[] tsv, Set<String> keys) {
        StringBuilder kept = new StringBuilder();
        new String(tsv, StandardCharsets.UTF_8).lines()
                .filter(l -> !keys.contains(l.split("\t", 2)[0]))
                .forEach(l -> kept.append(l).append('\n'));
        return kept.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void writeLaunchers(Path out) throws IOException {
        Path sh = out.resolve("nngrade");
        Files.writeString(sh, resource("nngrade.sh"), StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(sh, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: run it with sh nngrade
        }
        Files.writeString(out.resolve("nngrade.cmd"), resource("nngrade.cmd"), StandardCharsets.UTF_8);
    }

    /** The README's values. */
    public record Readme(List<Problem> problems, int count, int points, String sections, String firstProblem) {
    }

    private String readme(List<Problem> assigned) {
        StringWriter w = new StringWriter();
        new DefaultMustacheFactory("nngrade/handout").compile("README.md.mustache").execute(w,
                new Readme(assigned, assigned.size(), assigned.stream().mapToInt(Problem::points).sum(),
                        sections.isEmpty() ? "all sections" : "section(s) " + String.join(", ",
                                new java.util.TreeSet<>(sections)),
                        assigned.isEmpty() ? "act.relu" : assigned.get(0).id()));
        return w.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HandoutBuilder.class.getResourceAsStream("/nngrade/handout/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(JarFile jar, JarEntry e) throws IOException {
        try (InputStream in = jar.getInputStream(e)) {
            return in.readAllBytes();
        }
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".java")).sorted(Comparator.naturalOrder())
                    .forEach(files::add);
        }
        for (Path f : files) {
            Path target = to.resolve(from.relativize(f).toString());
            Files.createDirectories(target.getParent());
            Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
