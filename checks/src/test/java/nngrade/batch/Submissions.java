package nngrade.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import nngrade.submission.SourceFiles;

/** Test submissions made from the template: a copy of it with some files rewritten. */
public final class Submissions {

    public static final Path TEMPLATE = Path.of("../student-template/src/main/java").toAbsolutePath().normalize();

    /** A correct act.step, written as a student would. */
    static final String GOOD_STEP = """
            package nngrade.student.activations;
            public class Step implements nngrade.problems.activations.Activation {
                public double[] forward(double[] x) {
                    double[] y = new double[x.length];
                    for (int i = 0; i < x.length; i++) { y[i] = x[i] >= 0 ? 1 : 0; }
                    return y;
                }
                public double[] backward(double[] x, double[] dy) {
                    if (dy.length != x.length) { throw new IllegalArgumentException("dy and x differ in length"); }
                    return new double[x.length];
                }
            }
            """;

    private Submissions() {
    }

    /** @return a copy of the template in {@code dir/student} with a correct step and the given Relu.java body */
    public static Path withRelu(Path dir, String student, String reluSource) throws IOException {
        Path root = dir.resolve(student);
        SourceFiles.copyTree(TEMPLATE, root);
        Files.writeString(root.resolve("nngrade/student/activations/Step.java"), GOOD_STEP);
        Files.writeString(root.resolve("nngrade/student/activations/Relu.java"), reluSource);
        return root;
    }

    /** Grades a batch in this JVM, quietly. */
    static BatchGrader.Totals grade(Path submissions, Path out, BatchRequest request, Limits limits, int jobs)
            throws Exception {
        return new BatchGrader(request, limits, TEMPLATE).run(submissions, out, new BatchGrader.Options(jobs, false,
                Set.of()), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
    }

    /**
     * @return Relu.java that tries to obtain the reference's ReLU with {@code steal}, a block of
     *     statements that sets {@code Object found} to the reference's factory (or throws), and
     *     delegates forward and backward to it; where the theft fails, both throw, so that the
     *     attacker earns nothing on act.relu. {@code REFERENCE} and {@code ENGINE} in the block
     *     stand for the class names it goes after.
     */
    public static String stealing(String steal) {
        return """
                package nngrade.student.activations;
                public class Relu implements nngrade.problems.activations.Activation {
                    private static nngrade.problems.activations.Activation stolen() {
                        try {
                            Object found = null;
                            %s
                            return (nngrade.problems.activations.Activation)
                                    found.getClass().getMethod("relu").invoke(found);
                        } catch (Throwable e) {
                            throw new IllegalStateException("theft failed: " + e, e);
                        }
                    }
                    public double[] forward(double[] x) { return stolen().forward(x); }
                    public double[] backward(double[] x, double[] dy) { return stolen().backward(x, dy); }
                }
                """.formatted(steal.replace("REFERENCE", "\"nngrade.reference.ReferenceSolutions\"")
                        .replace("ENGINE", "\"nngrade.checks.api.Subjects\""));
    }

    /**
     * @return Relu.java whose forward runs {@code forwardPrelude} first, with a correct body
     *     otherwise; {@code members} go into the class
     */
    public static String relu(String forwardPrelude, String members) {
        return """
                package nngrade.student.activations;
                public class Relu implements nngrade.problems.activations.Activation {
                    %s
                    public double[] forward(double[] x) {
                        %s
                        double[] y = new double[x.length];
                        for (int i = 0; i < x.length; i++) { y[i] = Math.max(x[i], 0); }
                        return y;
                    }
                    public double[] backward(double[] x, double[] dy) {
                        if (dy.length != x.length) { throw new IllegalArgumentException("dy and x differ in length"); }
                        double[] dx = new double[x.length];
                        for (int i = 0; i < x.length; i++) { dx[i] = x[i] > 0 ? dy[i] : 0; }
                        return dx;
                    }
                }
                """.formatted(members, forwardPrelude);
    }

    /** @return the points {@code student} scored on {@code problem} in a batch written to {@code out} */
    public static double score(Path out, String student, String problem) throws IOException {
        return problemResult(out, student, problem).get("score").asDouble();
    }

    /** @return the points {@code problem} is worth in {@code student}'s result in {@code out} */
    public static double maxScore(Path out, String student, String problem) throws IOException {
        return problemResult(out, student, problem).get("max_score").asDouble();
    }

    private static com.fasterxml.jackson.databind.JsonNode problemResult(Path out, String student, String problem)
            throws IOException {
        return result(out, student).get("extra_data").get("problems").get(problem);
    }

    /** @return {@code student}'s whole result file in a batch written to {@code out} */
    public static com.fasterxml.jackson.databind.JsonNode result(Path out, String student) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("results/" + student + ".json")
                .toFile());
    }
}
