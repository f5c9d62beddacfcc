package nngrade.submission;

/** Source files of a submission, as a student writes them, for the tests of intake, compilation and the command line. */
public final class StudentFiles {

    public static final String STEP_PATH = "nngrade/student/activations/Step.java";
    public static final String RELU_PATH = "nngrade/student/activations/Relu.java";
    public static final String FACTORY_PATH = "nngrade/student/StudentSolutions.java";

    /** A correct act.step. */
    public static final String STEP = """
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

    /** A correct act.relu (slope 1 at 0, which the checks accept). */
    public static final String RELU = """
            package nngrade.student.activations;
            public class Relu implements nngrade.problems.activations.Activation {
                public double[] forward(double[] x) {
                    double[] y = new double[x.length];
                    for (int i = 0; i < x.length; i++) { y[i] = Math.max(x[i], 0); }
                    return y;
                }
                public double[] backward(double[] x, double[] dy) {
                    if (dy.length != x.length) { throw new IllegalArgumentException("dy and x differ in length"); }
                    double[] dx = new double[x.length];
                    for (int i = 0; i < x.length; i++) { dx[i] = x[i] >= 0 ? dy[i] : 0; }
                    return dx;
                }
            }
            """;

    private StudentFiles() {
    }
}
