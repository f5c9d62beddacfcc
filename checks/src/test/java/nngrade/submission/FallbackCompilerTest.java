package nngrade.submission;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nngrade.problems.NotImplementedYet;
import nngrade.problems.Solutions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file at fault costs its own problems and nothing else: it is set aside with one sentence that
 * names it and says what to do, and every other file of the submission is compiled as written.
 * Each submission here holds a correct Step.java (act.step) beside the file at fault.
 */
class FallbackCompilerTest {

    static final Path TEMPLATE = Path.of("../student-template/src/main/java").toAbsolutePath().normalize();

    private static final String STEP = StudentFiles.STEP;
    private static final String RELU = StudentFiles.RELU;

    @TempDir
    Path sources;
    @TempDir
    Path work;

    @Test
    void aModuleInfoIsSetAsideAndEverythingElseCompiles() throws Exception {
        write("nngrade/student/activations/Step.java", STEP);
        write("module-info.java", "module student { requires nngrade.problems; }");
        Compilation c = compile();
        assertEquals(List.of("module-info.java"), setAsideFiles(c));
        assertTrue(c.setAside().get(0).sentence().contains("delete it"), c.setAside().get(0).sentence());
        assertStepIsTheStudents(c);
    }

    @Test
    void aFileInTheWrongPackageCostsOnlyItsOwnClass() throws Exception {
        write("nngrade/student/activations/Step.java", STEP);
        write("nngrade/student/activations/Relu.java", RELU.replace("package nngrade.student.activations;",
                "package nngrade.student.activation;"));
        Compilation c = compile();
        assertEquals(List.of("nngrade/student/activations/Relu.java"), setAsideFiles(c));
        String sentence = c.setAside().get(0).sentence();
        assertTrue(sentence.contains("declares package nngrade.student.activation")
                && sentence.contains("`package nngrade.student.activations;`"), sentence);
        Solutions s = load(c);
        assertStepIsTheStudents(c);
        assertThrows(NotImplementedYet.class, () -> s.relu().forward(new double[] {1}), "the template's Relu");
    }

    @Test
    void anUnparsableFactoryInAPartialTreeIsReplacedAndTheStudentsClassesStay() throws Exception {
        // a partial tree: the factory and two activations, the rest of the template missing
        write("nngrade/student/activations/Step.java", STEP);
        write("nngrade/student/activations/Relu.java", RELU);
        write("nngrade/student/StudentSolutions.java", Files.readString(TEMPLATE.resolve(
                "nngrade/student/StudentSolutions.java")).replace("return new Relu();", "return new Relu()"));
        Compilation c = compile();
        assertEquals(List.of("nngrade/student/StudentSolutions.java"), setAsideFiles(c));
        assertTrue(c.setAside().get(0).toString().contains("';' expected"), c.setAside().get(0).toString());
        assertFalse(c.filledIn().isEmpty(), "the missing template files were filled in");
        assertArrayEquals(new double[] {0, 2}, load(c).relu().forward(new double[] {-1, 2}));
        assertStepIsTheStudents(c);
    }

    @Test
    void aFileThatDoesNotCompileIsReplacedWithItsErrorQuotedInFull() throws Exception {
        write("nngrade/student/activations/Step.java", STEP);
        write("nngrade/student/activations/Relu.java", RELU.replace("? dy[i] : 0", "? dz[i] : 0"));
        Compilation c = compile();
        assertEquals(List.of("nngrade/student/activations/Relu.java"), setAsideFiles(c));
        CompilerMessage error = c.setAside().get(0).errors().get(0);
        assertEquals("nngrade/student/activations/Relu.java", error.file());
        assertEquals(11, error.line());
        assertTrue(error.column() > 0);
        assertEquals("cannot find symbol", error.message());
        assertTrue(error.details().stream().anyMatch(d -> d.startsWith("symbol:") && d.contains("dz")), error.toString());
        assertTrue(error.details().stream().anyMatch(d -> d.startsWith("location:")), error.toString());
        assertStepIsTheStudents(c);
    }

    @Test
    void aClassThatNoLongerFitsTheFactoryIsTheOneSetAside() throws Exception {
        write("nngrade/student/activations/Step.java", STEP);
        write("nngrade/student/activations/Elu.java", """
                package nngrade.student.activations;
                public class Elu implements nngrade.problems.activations.Activation {
                    public double[] forward(double[] x) { return x.clone(); }
                    public double[] backward(double[] x, double[] dy) { return dy.clone(); }
                }
                """); // no Elu(double alpha) constructor: the template's factory calls new Elu(alpha)
        Compilation c = compile();
        assertEquals(List.of("nngrade/student/activations/Elu.java"), setAsideFiles(c));
        assertTrue(c.setAside().get(0).sentence().contains("does not fit nngrade/student/StudentSolutions.java"),
                c.setAside().get(0).sentence());
        assertStepIsTheStudents(c);
    }

    @Test
    void noMessageShowsAPathOfTheGrader() throws Exception {
        write("nngrade/student/activations/Step.java", STEP.replace("double[] y", "Missing y"));
        write("nngrade/student/Extra.java", "package nngrade.student; class Extra { nngrade.reference.X x; }");
        Compilation c = compile();
        String all = String.join("\n", c.notes());
        assertEquals(2, c.setAside().size(), all);
        for (String path : List.of(work.toString(), sources.toString(), System.getProperty("java.io.tmpdir"),
                ContractLocation.path().toString())) {
            assertFalse(all.contains(path), "the notes show " + path + ":\n" + all);
        }
    }

    @Test
    void pathsOfTheGraderInAMessageBecomeWords() {
        String tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize().toString();
        String message = "cannot access " + sources.resolve("nngrade/student/X.java") + " or " + tmp
                + "/nngrade-frank-1829/src/Y.java or " + ContractLocation.path() + "/nngrade/problems/Z.class";
        String shown = JavacMessages.hidePaths(message, sources);
        assertEquals("cannot access nngrade/student/X.java or (a file of the grader) or (the contract)", shown);
    }

    @Test
    void aSubmissionWithoutSourcesIsAnErrorNotTheTemplate() {
        CompileError e = assertThrows(CompileError.class, this::compile);
        assertTrue(e.getMessage().contains("no .java files"), e.getMessage());
    }

    private Compilation compile() throws CompileError, IOException {
        return FallbackCompiler.compile(sources, TEMPLATE, work);
    }

    private void write(String relative, String source) throws IOException {
        Path file = sources.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
    }

    private static List<String> setAsideFiles(Compilation c) {
        return c.setAside().stream().map(SetAside::file).toList();
    }

    private static Solutions load(Compilation c) throws CompileError {
        return SubmissionLoader.instantiate(c.classes());
    }

    /** The student's Step, not the template's: it computes instead of throwing NotImplementedYet. */
    private static void assertStepIsTheStudents(Compilation c) throws CompileError {
        assertArrayEquals(new double[] {0, 1}, load(c).step().forward(new double[] {-1, 1}));
    }
}
