package nngrade.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nngrade.problems.NotImplementedYet;
import nngrade.problems.Solutions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Student sources are compiled against the contract only and loaded where they see nothing else. */
class SubmissionLoaderTest {

    private static final Path TEMPLATE = Path.of("../student-template/src/main/java");

    @TempDir
    Path dir;
    @TempDir
    Path classes;

    @Test
    void compilesAndLoadsTheTemplate() throws Exception {
        Solutions s = SubmissionLoader.load(TEMPLATE, classes);
        assertThrows(NotImplementedYet.class, () -> s.relu().forward(new double[] {1}));
    }

    @Test
    void quotesTheCompilerErrorWithFileAndLine() throws IOException {
        write("nngrade/student/StudentSolutions.java", """
                package nngrade.student;
                public class StudentSolutions implements nngrade.problems.Solutions {
                    int broken = "text";
                }
                """);
        CompileError e = assertThrows(CompileError.class, () -> SubmissionLoader.load(dir, classes));
        assertEquals(1, e.errors().size());
        assertTrue(e.errors().get(0).startsWith("nngrade/student/StudentSolutions.java:3:"), e.errors().get(0));
    }

    @Test
    void cannotCompileAgainstTheReference() throws IOException {
        write("nngrade/student/StudentSolutions.java", """
                package nngrade.student;
                public class StudentSolutions extends nngrade.reference.ReferenceSolutions {
                }
                """);
        CompileError e = assertThrows(CompileError.class, () -> SubmissionLoader.load(dir, classes));
        assertTrue(e.getMessage().contains("nngrade.reference"), e.getMessage());
    }

    @Test
    void cannotReachTheReferenceByReflectionEither() throws Exception {
        write("nngrade/student/StudentSolutions.java", """
                package nngrade.student;
                public class StudentSolutions implements nngrade.problems.Solutions {
                    public StudentSolutions() throws Exception {
                        Class.forName("nngrade.reference.ReferenceSolutions");
                    }
                }
                """);
        CompileError e = assertThrows(CompileError.class, () -> SubmissionLoader.load(dir, classes));
        assertTrue(e.getMessage().contains("ClassNotFoundException"), e.getMessage());
    }

    @Test
    void saysWhenTheFactoryClassIsMissing() throws IOException {
        write("other/Thing.java", "package other; public class Thing { }");
        CompileError e = assertThrows(CompileError.class, () -> SubmissionLoader.load(dir, classes));
        assertTrue(e.getMessage().contains(Solutions.SUBMISSION_CLASS), e.getMessage());
    }

    private void write(String relative, String source) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
    }
}
