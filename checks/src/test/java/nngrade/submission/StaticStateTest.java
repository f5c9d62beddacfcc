package nngrade.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The static fields that can hold state are found, in every form a student writes them, and
 * nothing else: constants, enums, asserts, switches on enums and lambdas leave a class stateless.
 * The bundled examples and the template hold none.
 */
class StaticStateTest {

    @TempDir
    Path dir;

    private Path compiled(String file, String source) throws Exception {
        Path src = dir.resolve("src/s/" + file);
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        Path out = Files.createDirectories(dir.resolve("classes"));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", out.toString(), src.toString());
        assertEquals(0, status, "compiles");
        return out;
    }

    @Test
    void stateIsFoundInEveryFormAndNothingElse() throws Exception {
        Path classes = compiled("Holder.java", """
                package s;
                import java.util.Random;
                import java.util.function.DoubleUnaryOperator;
                public class Holder {
                    enum Mode { A, B }
                    static final double EPS = 1e-8;
                    private static final String NAME = "holder";
                    static final int[] TABLE = {1, 2};
                    static int calls;
                    private static final Random RANDOM = new Random(1);
                    static double last = Double.NaN;
                    static class Cache { static java.util.Map<String, Double> seen = new java.util.HashMap<>(); }
                    double apply(Mode m, double x) {
                        assert x == x;
                        DoubleUnaryOperator f = v -> v * EPS;
                        switch (m) {
                            case A: return f.applyAsDouble(x);
                            default: return NAME.length();
                        }
                    }
                }
                """);
        assertEquals(List.of("s/Holder$Cache.seen", "s/Holder.TABLE", "s/Holder.calls", "s/Holder.RANDOM",
                "s/Holder.last"), StaticState.of(classes));
    }

    @Test
    void constantsEnumsAssertsSwitchesAndLambdasHoldNoState() throws Exception {
        Path classes = compiled("Pure.java", """
                package s;
                public class Pure {
                    enum Mode { A, B }
                    static final double EPS = 1e-8;
                    static final long BIG = 1L << 40;
                    static final String NAME = "pure";
                    double apply(Mode m, double x) {
                        assert x == x;
                        java.util.function.DoubleUnaryOperator f = v -> v * EPS;
                        switch (m) {
                            case A: return f.applyAsDouble(x);
                            default: return BIG + NAME.length();
                        }
                    }
                }
                """);
        assertEquals(List.of(), StaticState.of(classes));
    }

    @Test
    void theExamplesAndTheTemplateHoldNone() throws Exception {
        for (String student : List.of("alice", "bob", "carol", "eve")) {
            Path classes = Files.createDirectories(dir.resolve(student));
            Path work = Files.createDirectories(dir.resolve(student + "-work"));
            Path sources = Path.of("../examples/submissions", student).toAbsolutePath().normalize();
            Compilation c = FallbackCompiler.compile(sources, TEMPLATE, work);
            assertTrue(StaticState.of(c.classes()).isEmpty(), student + ": " + StaticState.of(c.classes()));
            assertTrue(Files.isDirectory(classes));
        }
    }

    private static final Path TEMPLATE = Path.of("../student-template/src/main/java").toAbsolutePath().normalize();
}
