package nngrade.examiner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nngrade.checks.support.Batch;
import nngrade.checks.support.Differences;
import nngrade.checks.support.GradientCheck;
import nngrade.problems.Solutions;
import nngrade.problems.activations.Activation;
import nngrade.problems.backprop.Affine;
import nngrade.problems.backprop.AffineGradients;
import nngrade.problems.backprop.UnaryGate;
import org.junit.jupiter.api.Test;

/**
 * A central-difference question (the forward passes of a gradient check, asked as one message)
 * gives a check what the same forward passes made one by one give it: the same estimates to the
 * bit, in-process and through the channel; the calls in order on the one object, each on fresh
 * copies of the arguments; the first exception thrown; a forward of the wrong shape failed with one
 * sentence. And through the channel it is one exchange.
 */
class DifferenceQuestionThroughTheChannelTest {

    /** y_i = sin(x_i) x_0 + calls / 1e3: nonlinear, coupled, and counting its calls; may write into x. */
    static final class Coupled implements Activation {
        int calls;
        final boolean writes;

        Coupled(boolean writes) {
            this.writes = writes;
        }

        @Override
        public double[] forward(double[] x) {
            calls++;
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = Math.sin(x[i]) * x[0] + calls / 1e3;
            }
            if (writes) {
                x[0] = 1e9; // must reach no other point's call, nor the step the check divides by
            }
            return y;
        }

        @Override
        public double[] backward(double[] x, double[] dy) {
            return dy;
        }
    }

    /** Y = X W^T + b, with W's first entry squared, so that dW is not X alone. */
    static final class SquaringAffine implements Affine {
        @Override
        public double[][] forward(double[][] x, double[][] w, double[] b) {
            double[][] y = new double[x.length][w.length];
            for (int i = 0; i < x.length; i++) {
                for (int k = 0; k < w.length; k++) {
                    double s = b[k];
                    for (int j = 0; j < x[i].length; j++) {
                        double wkj = k == 0 && j == 0 ? w[k][j] * w[k][j] : w[k][j];
                        s += x[i][j] * wkj;
                    }
                    y[i][k] = s;
                }
            }
            return y;
        }

        @Override
        public AffineGradients backward(double[][] x, double[][] w, double[] b, double[][] dy) {
            return null;
        }
    }

    private static Solutions serving(Activation a, Affine layer, UnaryGate gate) {
        return new Solutions() {
            @Override
            public Activation relu() {
                return a;
            }

            @Override
            public Affine affine() {
                return layer;
            }

            @Override
            public UnaryGate sigmoidGate() {
                return gate;
            }
        };
    }

    private static final UnaryGate CUBE = new UnaryGate() {
        @Override
        public double forward(double x) {
            return x * x * x;
        }

        @Override
        public double backward(double x, double dz) {
            return 3 * x * x * dz;
        }
    };

    /** Runs a script on the in-process subjects and on the same behind a loopback host; returns both results. */
    private static <R> List<R> bothWays(Function<Solutions, R> script) {
        List<R> got = new ArrayList<>();
        got.add(script.apply(serving(new Coupled(true), new SquaringAffine(), CUBE)));
        try (RemoteSubmission remote = RemoteSubmission.loopback(serving(new Coupled(true), new SquaringAffine(), CUBE))) {
            got.add(script.apply(remote.solutions()));
        }
        return got;
    }

    private static double[] flat(GradientCheck.Estimate[] e) {
        double[] f = new double[2 * e.length];
        for (int i = 0; i < e.length; i++) {
            f[2 * i] = e[i].value();
            f[2 * i + 1] = e[i].noise();
        }
        return f;
    }

    @Test
    void estimatesAreThoseOfTheForwardPassesMadeOneByOne() {
        double[] x = {0.3, -1.2, 2.5};
        double[] dy = {0.5, -2, 1.5};
        // the old way: each point a call of its own, in a loop, on a fresh copy of x (which this
        // forward must not write: the old way read the step back from the point after the call)
        Coupled alone = new Coupled(false);
        double[] expected = flat(GradientCheck.gradientOfSumAll(points -> Batch.map(alone, points, Activation::forward)
                .stream().map(y -> terms(dy, y)).toList(), x));
        List<double[]> got = bothWays(s -> flat(GradientCheck.vjpOf(s.relu(), f -> f.forward(x), x, dy)));
        assertArrayEquals(expected, got.get(0), "in-process");
        assertArrayEquals(expected, got.get(1), "through the channel");
        assertArrayEquals(new double[] {0.3, -1.2, 2.5}, x, "the point is not modified");
    }

    @Test
    void aMatrixArgumentIsPerturbedRowByRowAndTheOthersAreCopiedForEachCall() {
        double[][] x = {{1, 2}, {-0.5, 3}};
        double[][] w = {{0.7, -1}, {2, 0.25}, {1.5, -3}};
        double[] b = {0.1, 0.2, 0.3};
        double[] dy = {1, -1, 2, 0.5, 3, -2};
        SquaringAffine alone = new SquaringAffine();
        double[] expected = flat(GradientCheck.gradientOfSumAll(points -> Batch.map(alone, points,
                (l, wf) -> flatten(l.forward(copy(x), new double[][] {{wf[0], wf[1]}, {wf[2], wf[3]}, {wf[4], wf[5]}},
                        b.clone()))).stream().map(y -> terms(dy, y, 4.0, -4.0)).toList(),
                new double[] {0.7, -1, 2, 0.25, 1.5, -3}));
        List<double[]> got = bothWays(s -> flat(Differences.vjpOf(s.affine(), l -> l.forward(x, w, b), w, dy, 4.0)));
        assertArrayEquals(expected, got.get(0), "in-process");
        assertArrayEquals(expected, got.get(1), "through the channel");
    }

    @Test
    void aScalarArgumentIsNamedByItsPlace() {
        double[] expected = flat(GradientCheck.gradientOfSumAll(points -> Batch.map(CUBE, points,
                (g, v) -> new double[] {0.75 * g.forward(v[0])}), new double[] {1.3}));
        List<double[]> got = bothWays(s -> flat(GradientCheck.vjpInArgument(s.sigmoidGate(), g -> g.forward(1.3), 0,
                new double[] {0.75}, 0)));
        assertArrayEquals(expected, got.get(0), "in-process");
        assertArrayEquals(expected, got.get(1), "through the channel");
    }

    @Test
    void theCallsAreMadeInOrderOnTheOneObject() {
        // four points made four calls: the next call is the fifth, both ways
        List<double[]> next = bothWays(s -> {
            Activation f = s.relu();
            double[] x = {1, 2};
            GradientCheck.vjpOf(f, g -> g.forward(x), x, new double[] {1, 1});
            return f.forward(new double[] {0});
        });
        assertArrayEquals(new double[] {5e-3}, next.get(0));
        assertArrayEquals(new double[] {5e-3}, next.get(1));
    }

    /** Returns {calls}, and throws on the third call. */
    static final class ThrowsOnThird implements Activation {
        private int calls;

        @Override
        public double[] forward(double[] x) {
            if (++calls == 3) {
                throw new IllegalStateException("third call");
            }
            return new double[] {calls};
        }

        @Override
        public double[] backward(double[] x, double[] dy) {
            return dy;
        }
    }

    @Test
    void theFirstExceptionIsThrownAndEndsTheQuestion() {
        double[] x = {1, 2, 3};
        List<double[]> next = bothWaysOn(new ThrowsOnThird(), new ThrowsOnThird(), f -> {
            assertEquals("third call", assertThrows(IllegalStateException.class,
                    () -> GradientCheck.vjpOf(f, g -> g.forward(x), x, new double[] {1})).getMessage());
            return f.forward(new double[] {0});
        });
        assertArrayEquals(new double[] {4}, next.get(0), "in-process, no call was made after the third");
        assertArrayEquals(new double[] {4}, next.get(1), "through the channel, no call was made after the third");
    }

    /** Runs a script on one activation in-process and on another behind a loopback host. */
    private static <R> List<R> bothWaysOn(Activation here, Activation there, Function<Activation, R> script) {
        List<R> got = new ArrayList<>();
        got.add(script.apply(here));
        try (RemoteSubmission remote = RemoteSubmission.loopback(serving(there, null, null))) {
            got.add(script.apply(remote.solutions().relu()));
        }
        return got;
    }

    @Test
    void aForwardOfTheWrongShapeFailsWithOneSentence() {
        double[] x = {1, 2};
        List<String> messages = bothWays(s -> assertThrows(AssertionError.class,
                () -> GradientCheck.vjpOf(s.relu(), g -> g.forward(x), x, new double[] {1, 1, 1})).getMessage());
        assertEquals("forward: wrong shape: expected length 3, got length 2", messages.get(0));
        assertEquals(messages.get(0), messages.get(1));
        List<String> rows = bothWays(s -> assertThrows(AssertionError.class,
                () -> GradientCheck.vjpInArgument(s.affine(), l -> l.forward(new double[][] {{1}}, new double[][] {{1}, {2}},
                        new double[] {0, 0}), 0, new double[] {1, 1}, 1)).getMessage());
        assertEquals("forward: wrong shape: expected 2 rows of 1, got rows of other lengths", rows.get(0));
        assertEquals(rows.get(0), rows.get(1));
    }

    @Test
    void aQuestionIsOneExchange() {
        try (RemoteSubmission remote = RemoteSubmission.loopback(serving(new Coupled(true), null, null))) {
            Activation f = remote.solutions().relu();
            long before = remote.exchanges();
            double[] x = {1, 2, 3, 4, 5};
            GradientCheck.vjpOf(f, g -> g.forward(x), x, new double[] {1, 1, 1, 1, 1});
            assertEquals(1, remote.exchanges() - before, "ten forward passes in one exchange");
        }
    }

    /** @return dy (.) y, then the extra terms: the terms a gradient check sums */
    private static double[] terms(double[] dy, double[] y, double... extra) {
        double[] t = new double[dy.length + extra.length];
        for (int i = 0; i < dy.length; i++) {
            t[i] = dy[i] * y[i];
        }
        System.arraycopy(extra, 0, t, dy.length, extra.length);
        return t;
    }

    private static double[] flatten(double[][] m) {
        List<Double> all = new ArrayList<>();
        for (double[] row : m) {
            for (double v : row) {
                all.add(v);
            }
        }
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
