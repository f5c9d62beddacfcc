package nngrade.lms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import nngrade.handout.InstructorOnlyChecks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * nngrade handout: the student bundle holds no answer (no class or source of nngrade.reference, no
 * instructor-only check, found by scanning its jars), runs with only java on the PATH, and gives
 * the same public scores as the instructor's build, on the template and on a correct submission.
 */
class HandoutIT {

    @TempDir
    static Path dir;
    static Path handout;

    @BeforeAll
    static void buildTheHandout() throws Exception {
        handout = dir.resolve("handout");
        Packaged.Ran built = Packaged.nngrade("handout", handout.toString(), "--section", "B");
        assertEquals(0, built.exitCode(), built.output());
    }

    @Test
    void holdsNoReferenceClassOrSource() throws IOException {
        try (Stream<Path> files = Files.walk(handout)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = handout.relativize(f).toString();
                assertFalse(name.contains("nngrade/reference/") || name.contains("/reference/src"), name);
                if (name.endsWith(".java")) {
                    assertTrue(name.startsWith("contract/") || name.startsWith("student-template/"), name);
                    assertFalse(Files.readString(f).contains("nngrade.reference"), name + " names the reference");
                }
                if (name.endsWith(".jar")) {
                    try (JarFile jar = new JarFile(f.toFile())) {
                        for (JarEntry e : Collections.list(jar.entries())) {
                            assertFalse(e.getName().startsWith("nngrade/reference/"), name + ": " + e.getName());
                            assertFalse(e.getName().contains("org.nngrade/reference"), name + ": " + e.getName());
                        }
                    }
                }
            }
        }
    }

    @Test
    void holdsNoInstructorOnlyCheck() throws IOException {
        Map<String, Set<String>> instructorOnly = new java.util.HashMap<>();
        try (JarFile jar = new JarFile(Packaged.JAR.toFile())) {
            for (JarEntry e : Collections.list(jar.entries())) {
                if (e.getName().startsWith("nngrade/checks/") && e.getName().endsWith(".class")) {
                    Set<String> marked = InstructorOnlyChecks.in(bytes(jar, e));
                    if (!marked.isEmpty()) {
                        instructorOnly.put(e.getName(), marked);
                    }
                }
            }
        }
        int count = instructorOnly.values().stream().mapToInt(Set::size).sum();
        assertEquals(annotatedInSources(), count, "the scan finds every instructor-only check of the instructor's build");
        int scanned = 0;
        try (JarFile jar = new JarFile(handout.resolve("lib/nngrade.jar").toFile())) {
            for (JarEntry e : Collections.list(jar.entries())) {
                if (!e.getName().endsWith(".class")) {
                    continue;
                }
                byte[] b = bytes(jar, e);
                assertEquals(Set.of(), InstructorOnlyChecks.in(b), e.getName() + " keeps an instructor-only check");
                Set<String> methods = methods(b);
                for (String cut : instructorOnly.getOrDefault(e.getName(), Set.of())) {
                    assertFalse(methods.contains(cut), e.getName() + " keeps " + cut);
                    assertTrue(methods.stream().noneMatch(m -> m.startsWith("lambda$" + cut + "$")),
                            e.getName() + " keeps the body of a lambda of " + cut);
                }
                scanned++;
            }
            String times = new String(jar.getInputStream(jar.getEntry("nngrade/check-times.tsv")).readAllBytes());
            assertFalse(times.contains("agrees with the reference"), "no instructor-only check among the timings");
        }
        assertTrue(scanned > 1000, "the jar was scanned: " + scanned + " classes");
    }

    /**
     * Cutting a method out is safe only if nothing left calls it: no call and no lambda handle in
     * any class of the handout names a method that was cut (a check class of nngrade/checks, a
     * method annotated @NeedsReference or a lambda body of one), or the public checks would fail
     * with NoSuchMethodError on a student's machine.
     */
    @Test
    void nothingLeftCallsACutMethod() throws IOException {
        Set<String> cut = new HashSet<>();
        try (JarFile jar = new JarFile(Packaged.JAR.toFile())) {
            for (JarEntry e : Collections.list(jar.entries())) {
                if (e.getName().startsWith("nngrade/checks/") && e.getName().endsWith(".class")) {
                    byte[] b = bytes(jar, e);
                    Set<String> marked = InstructorOnlyChecks.in(b);
                    for (String m : methods(b)) {
                        if (marked.contains(m) || marked.stream().anyMatch(k -> m.startsWith("lambda$" + k + "$"))) {
                            cut.add(m);
                        }
                    }
                }
            }
        }
        assertFalse(cut.isEmpty(), "the names of the cut methods were found");
        assertFalse(callsInto(Packaged.JAR, cut).isEmpty(), "the scan sees the instructor's build call them (lambdas)");
        assertEquals(List.of(), callsInto(handout.resolve("lib/nngrade.jar"), cut),
                "calls into methods the handout no longer has");
    }

    /** @return "class -> owner.method" for every call or handle in a jar to a check method of these names */
    private static List<String> callsInto(Path jarFile, Set<String> names) throws IOException {
        List<String> found = new java.util.ArrayList<>();
        try (JarFile jar = new JarFile(jarFile.toFile())) {
            for (JarEntry e : Collections.list(jar.entries())) {
                if (e.getName().endsWith(".class")) {
                    calls(bytes(jar, e)).stream().filter(c -> c.startsWith("nngrade/checks/")
                            && names.contains(c.substring(c.indexOf('.') + 1)))
                            .forEach(c -> found.add(e.getName() + " -> " + c));
                }
            }
        }
        return found;
    }

    /** @return every method a class file calls or makes a handle of, as owner.name */
    private static Set<String> calls(byte[] classFile) {
        Set<String> calls = new HashSet<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String d, String s, String[] x) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(int op, String owner, String method, String desc, boolean itf) {
                        calls.add(owner + "." + method);
                    }

                    @Override
                    public void visitInvokeDynamicInsn(String method, String desc, Handle bsm, Object... args) {
                        for (Object a : args) {
                            if (a instanceof Handle h) {
                                calls.add(h.getOwner() + "." + h.getName());
                            }
                        }
                    }
                };
            }
        }, 0);
        return calls;
    }

    @Test
    void theLauncherNeedsOnlyJavaAndScoresTheTemplateZero() throws Exception {
        Packaged.Ran run = launcher(dir, "check", "template");
        assertEquals(1, run.exitCode(), run.output());
        List<String> table = Packaged.scoreTable(run.output());
        assertEquals(21, table.size(), "the 21 problems of section B, as assigned: " + run.output());
        assertTrue(table.stream().allMatch(l -> l.split(" ")[1].equals("0.00")), run.output());
        assertTrue(run.output().contains("(public checks only)"), run.output());
    }

    @Test
    void theHandoutAndTheInstructorsBuildGiveTheSamePublicScores() throws Exception {
        Path alice = dir.resolve("alice");
        Packaged.copyTree(Packaged.EXAMPLES.resolve("alice"), alice);
        Packaged.Ran student = launcher(dir, "check", alice.toString());
        Packaged.Ran instructor = Packaged.nngrade("check", alice.toString(), "--public-only", "--section", "B");
        assertEquals(0, student.exitCode(), student.output());
        assertEquals(0, instructor.exitCode(), instructor.output());
        List<String> table = Packaged.scoreTable(student.output());
        assertEquals(21, table.size(), student.output());
        assertEquals(Packaged.scoreTable(instructor.output()), table);
    }

    @Test
    void theHandoutGradesInASandboxedJvmToo() throws Exception {
        Path carol = dir.resolve("carol");
        Packaged.copyTree(Packaged.EXAMPLES.resolve("carol"), carol);
        Path json = dir.resolve("carol.json");
        // a generous --timeout: a loaded machine must not turn the comparison into one of time limits
        Packaged.Ran run = launcher(dir, "check", carol.toString(), "--problem", "act.elu", "--problem", "act.relu",
                "--json", json.toString(), "--timeout", "60");
        assertEquals(1, run.exitCode(), run.output());
        assertTrue(run.output().contains("sandboxed JVM"), run.output());
        Packaged.Ran instructor = Packaged.nngrade("check", carol.toString(), "--public-only", "--problem", "act.elu",
                "--problem", "act.relu");
        List<String> table = Packaged.scoreTable(run.output());
        assertEquals(Packaged.scoreTable(instructor.output()), table, run.output());
        assertTrue(table.get(0).startsWith("act.relu 2.00") && !table.get(1).startsWith("act.elu 3.00"), run.output());
    }

    /** Runs the handout's launcher with a PATH that holds java and nothing else. */
    private static Packaged.Ran launcher(Path work, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(handout.resolve("nngrade").toString()));
        command.addAll(List.of(args));
        return Packaged.run(command, work, Map.of("PATH", Packaged.onlyJava(work).toString()));
    }

    /** @return how many methods the checks' sources mark {@code @NeedsReference}: a line of its own above each */
    private static int annotatedInSources() throws IOException {
        try (Stream<Path> files = Files.walk(Packaged.ROOT.resolve("checks/src/main/java/nngrade/checks"))) {
            int n = 0;
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                n += (int) Files.readAllLines(f).stream().filter(l -> l.strip().equals("@NeedsReference")).count();
            }
            return n;
        }
    }

    private static byte[] bytes(JarFile jar, JarEntry e) throws IOException {
        try (InputStream in = jar.getInputStream(e)) {
            return in.readAllBytes();
        }
    }

    private static Set<String> methods(byte[] classFile) {
        Set<String> names = new HashSet<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String d, String s, String[] x) {
                names.add(name);
                return null;
            }
        }, ClassReader.SKIP_CODE);
        return names;
    }
}
