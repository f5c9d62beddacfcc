package nngrade.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import nngrade.checks.api.CheckSettings;
import nngrade.engine.CheckObserver;
import nngrade.engine.CheckResult;
import nngrade.engine.CheckStatus;
import nngrade.engine.GradeReport;
import nngrade.engine.GradeRequest;
import nngrade.engine.Grader;
import nngrade.problems.Catalogue;
import nngrade.problems.Problem;
import nngrade.reference.ReferenceSolutions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A problem is settled without running its checks only when its code is the template's: any
 * change to its files, to a file they build on, to its factory method in StudentSolutions.java or
 * the import there of the class it creates, or a new type that a name in them could mean, makes
 * its checks run. And what the rule settles is what the checks say:
 * the template's own code, run through every check, ends each "not implemented yet".
 */
class UntouchedProblemsTest {

    private static final Path TEMPLATE = Path.of("../student-template/src/main/java").toAbsolutePath().normalize();
    private static final String RELU = "nngrade/student/activations/Relu.java";
    private static final String GATED = "nngrade/student/activations/GatedLinearUnit.java";
    private static final Set<String> GATED_UNITS = Set.of("act.glu", "act.reglu", "act.geglu", "act.swiglu",
            "act.bilinear");

    @TempDir
    Path dir;

    @Test
    void theTemplateLeavesEveryProblemUntouched() throws IOException {
        assertEquals(allProblems(), UntouchedProblems.of(copy(), TEMPLATE));
    }

    @Test
    void aFileChangedEvenInACommentMakesItsProblemRun() throws IOException {
        Path s = copy();
        edit(s, RELU, "rectified", "Rectified");
        assertEquals(allBut(Set.of("act.relu")), UntouchedProblems.of(s, TEMPLATE));
    }

    @Test
    void windowsLineEndingsChangeNothing() throws IOException {
        Path s = copy();
        Files.writeString(s.resolve(RELU), Files.readString(s.resolve(RELU)).replace("\n", "\r\n"));
        assertEquals(allProblems(), UntouchedProblems.of(s, TEMPLATE));
    }

    @Test
    void aChangedBaseClassMakesEveryProblemBuiltOnItRun() throws IOException {
        Path s = copy();
        Files.writeString(s.resolve(GATED), Files.readString(s.resolve(GATED)) + "\n// done\n");
        assertEquals(allBut(GATED_UNITS), UntouchedProblems.of(s, TEMPLATE));
    }

    @Test
    void aChangedFactoryMethodMakesItsProblemRun() throws IOException {
        Path s = copy();
        edit(s, UntouchedProblems.SOLUTIONS, "return new Relu();", "return new Relu() { };");
        assertEquals(allBut(Set.of("act.relu")), UntouchedProblems.of(s, TEMPLATE));
    }

    @Test
    void aStudentSolutionsChangedElsewhereLeavesItsOtherFactoriesUntouched() throws IOException {
        Path s = copy();
        edit(s, UntouchedProblems.SOLUTIONS, "public class StudentSolutions implements Solutions {",
                "public class StudentSolutions implements Solutions {\n    // mine\n    static int helper() { return 1; }\n");
        edit(s, UntouchedProblems.SOLUTIONS, "    public Activation relu() {\n        return new Relu();",
                "    public Activation relu() {  /* as given */\n\n   return   new Relu();");
        assertEquals(allProblems(), UntouchedProblems.of(s, TEMPLATE));
    }

    @Test
    void aFactoryWhoseClassIsImportedFromElsewhereRuns() throws IOException {
        Path s = copy();
        edit(s, UntouchedProblems.SOLUTIONS, "import nngrade.student.activations.Relu;", "import nngrade.student.mine.Relu;");
        assertEquals(allBut(Set.of("act.relu")), UntouchedProblems.of(s, TEMPLATE));
    }

    @Test
    void aNestedClassOfStudentSolutionsNamedAsTheCreatedClassMakesItsProblemRun() throws IOException {
        Path s = copy();
        edit(s, UntouchedProblems.SOLUTIONS, "public class StudentSolutions implements Solutions {",
                "public class StudentSolutions implements Solutions {\n    static class Relu extends nngrade.student.mine.MyRelu { }\n");
        assertEquals(allBut(Set.of("act.relu")), UntouchedProblems.of(s, TEMPLATE));
    }

    @Test
    void aTypeNamedAsAPackageOfAQualifiedFactoryMakesThoseProblemsRun() throws IOException {
        Path s = copy();
        // a class nngrade in package nngrade.student obscures the package in "new nngrade.student.optimizers.Sgd(lr)"
        Files.writeString(s.resolve("nngrade/student/Mine.java"), "package nngrade.student;\nclass nngrade { }\n");
        Set<String> untouched = UntouchedProblems.of(s, TEMPLATE);
        assertTrue(!untouched.contains("optim.sgd"), untouched::toString);
    }

    /** Compiling fills in a template file the submission lacks, as a zip of only the files a student edited. */
    @Test
    void aMissingFileCountsAsTheTemplatesWhichFillsItIn() throws IOException {
        Path s = copy();
        Files.delete(s.resolve(RELU));
        Files.delete(s.resolve(UntouchedProblems.SOLUTIONS));
        assertEquals(allProblems(), UntouchedProblems.of(s, TEMPLATE));
    }

    @Test
    void aNewTypeNamedAsSomethingTheFilesUseMakesThoseProblemsRun() throws IOException {
        Path s = copy();
        // javac would resolve GatedLinearUnit's String to this class of the same package
        Files.writeString(s.resolve("nngrade/student/activations/Helpers.java"),
                "package nngrade.student.activations;\n/* class Unused */ class String { }\n");
        Set<String> untouched = UntouchedProblems.of(s, TEMPLATE);
        assertTrue(untouched.stream().noneMatch(GATED_UNITS::contains), untouched::toString);
        assertTrue(untouched.contains("act.relu"), "Relu.java names no String");
        assertTrue(untouched.size() < allProblems().size());
    }

    @Test
    void aNewTypeNoTemplateFileNamesChangesNothing() throws IOException {
        Path s = copy();
        Files.writeString(s.resolve("nngrade/student/activations/Helpers.java"),
                "package nngrade.student.activations;\n// a class String would matter, this one does not\n"
                        + "final class Helpers { static double square(double x) { return x * x; } }\n");
        assertEquals(allProblems(), UntouchedProblems.of(s, TEMPLATE));
    }

    @Test
    void aUnicodeEscapeCountsEveryWordOfItsFileAsDeclared() throws IOException {
        Path s = copy();
        Files.writeString(s.resolve("nngrade/student/activations/Helpers.java"),
                "package nngrade.student.activations;\n/* \\u002a/ final class Relu { } /* */\n");
        assertTrue(!UntouchedProblems.of(s, TEMPLATE).contains("act.relu"));
    }

    /** Without this the rule would settle problems whose checks the template could pass. */
    @Test
    void everyCheckOfTheTemplatesOwnCodeSaysNotImplementedYet() throws Exception {
        Compilation compiled = FallbackCompiler.compile(TEMPLATE, TEMPLATE, dir.resolve("work"));
        Grader grader = new Grader(Catalogue.load());
        GradeRequest request = new GradeRequest(SubmissionLoader.instantiate(compiled.classes()),
                new ReferenceSolutions(), Set.of(), CheckSettings.DEFAULT_SEED, true, GradeRequest.DEFAULT_CHECK_TIMEOUT);
        GradeReport report = grader.grade(request, CheckObserver.NONE, Set.of()); // nothing settled: every check runs
        assertEquals(grader.plan(request).size(), report.scores().stream().mapToInt(p -> p.checks().size()).sum());
        for (CheckResult r : report.scores().stream().flatMap(p -> p.checks().stream()).toList()) {
            assertEquals(CheckStatus.NOT_IMPLEMENTED, r.status(), () -> r.key() + ": " + r.summary());
        }
    }

    private static void edit(Path s, String file, String from, String to) throws IOException {
        String text = Files.readString(s.resolve(file));
        assertTrue(text.contains(from), from);
        Files.writeString(s.resolve(file), text.replace(from, to));
    }

    private Path copy() throws IOException {
        Path s = dir.resolve("student");
        SourceFiles.copyTree(TEMPLATE, s);
        return s;
    }

    private static Set<String> allProblems() {
        Set<String> ids = new TreeSet<>();
        Catalogue.load().all().stream().map(Problem::id).forEach(ids::add);
        return ids;
    }

    private static Set<String> allBut(Set<String> touched) {
        Set<String> ids = allProblems();
        ids.removeAll(touched);
        return ids;
    }
}
