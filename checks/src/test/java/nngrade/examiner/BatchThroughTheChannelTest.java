package nngrade.examiner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nngrade.checks.support.Batch;
import nngrade.problems.Solutions;
import nngrade.problems.activations.Activation;
import nngrade.problems.quasinewton.LineSearch;
import nngrade.problems.quasinewton.Minimizer;
import nngrade.problems.quasinewton.Objective;
import org.junit.jupiter.api.Test;

/**
 * A batch of calls through the channel means what the same calls in a loop mean in-process: the
 * host makes them in order, state carries from one to the next, the first exception ends the
 * batch (the calls after it are not made) and is thrown, arguments the submission writes into
 * come back written, and an array it keeps stays shared with the caller. And it is one exchange.
 * Each property is shown for the in-process subject and for the same subject behind a loopback host.
 */
class BatchThroughTheChannelTest {

    /**
     * forward counts its calls: it returns {count}, throws on the third call, writes the count into
     * x[1] when x has two entries, and keeps the first x it is given, writing the count into its
     * first entry on every call.
     */
    static final class Counting implements Activation {
        private int calls;
        private double[] first;

        @Override
        public double[] forward(double[] x) {
            calls++;
            if (first == null) {
                first = x;
            }
            first[0] = calls;
            if (calls == 3) {
                throw new IllegalStateException("third call");
            }
            if (x.length == 2) {
                x[1] = calls;
            }
            return new double[] {calls};
        }

        @Override
        public double[] backward(double[] x, double[] dy) {
            return dy;
        }
    }

    private static Solutions serving(Activation a) {
        return new Solutions() {
            @Override
            public Activation relu() {
                return a;
            }
        };
    }

    private static List<double[]> inputs(int n) {
        List<double[]> xs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            xs.add(new double[] {0, 0});
        }
        return xs;
    }

    /** Runs the same script in-process and through a loopback host; both must see the same. */
    private static void bothWays(java.util.function.Consumer<Activation> script) {
        script.accept(new Counting());
        try (RemoteSubmission remote = RemoteSubmission.loopback(serving(new Counting()))) {
            script.accept(remote.solutions().relu());
        }
    }

    @Test
    void callsAreMadeInOrderWithTheirStateAndTheirWritesComeBack() {
        bothWays(f -> {
            List<double[]> xs = inputs(2);
            List<double[]> ys = Batch.map(f, xs, Activation::forward);
            assertArrayEquals(new double[] {1}, ys.get(0));
            assertArrayEquals(new double[] {2}, ys.get(1));
            assertEquals(1, xs.get(0)[1], "written into the first call's argument");
            assertEquals(2, xs.get(1)[1], "written into the second call's argument");
            assertEquals(2, xs.get(0)[0], "the kept first argument is written by the second call too");
        });
    }

    @Test
    void theFirstExceptionEndsTheBatchAndIsThrown() {
        bothWays(f -> {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Batch.map(f, inputs(5), Activation::forward));
            assertEquals("third call", e.getMessage());
            assertArrayEquals(new double[] {4}, f.forward(new double[] {0}), "calls 4 and 5 were not made");
        });
    }

    @Test
    void aBatchIsOneExchange() {
        try (RemoteSubmission remote = RemoteSubmission.loopback(serving(new Counting()))) {
            Activation f = remote.solutions().relu();
            long before = remote.exchanges();
            Batch.map(f, inputs(2), Activation::forward);
            assertEquals(1, remote.exchanges() - before);
            assertEquals(3, remote.calls(), "the factory call and two calls of forward");
        }
    }

    @Test
    void differentCallsGoInTheirOrderInOneExchange() {
        bothWays(f -> {
            double[] dy = {0.5};
            List<Object> got = Batch.calls(f, g -> g.forward(new double[] {0}), g -> g.backward(new double[] {0}, dy),
                    g -> g.forward(new double[] {0}));
            assertArrayEquals(new double[] {1}, (double[]) got.get(0));
            assertArrayEquals(dy, (double[]) got.get(1));
            assertArrayEquals(new double[] {2}, (double[]) got.get(2), "forward's count carried past backward");
        });
        bothWays(f -> {
            double[] dy = {0.5};
            Batch.After<double[], double[]> after = Batch.after(f, g -> g.backward(new double[] {0}, dy),
                    List.of(new double[] {0}, new double[] {0}), Activation::forward);
            assertArrayEquals(dy, after.first());
            assertEquals(2, after.values().size());
            assertArrayEquals(new double[] {2}, after.values().get(1));
        });
        try (RemoteSubmission remote = RemoteSubmission.loopback(serving(new Counting()))) {
            Activation f = remote.solutions().relu();
            long before = remote.exchanges();
            Batch.after(f, g -> g.backward(new double[] {0}, new double[] {1}), inputs(1), Activation::forward);
            assertEquals(1, remote.exchanges() - before, "backward and forward in one exchange");
        }
    }

    @Test
    void aLambdaThatDoesNotCallItsSubjectExactlyOnceIsRefused() {
        try (RemoteSubmission remote = RemoteSubmission.loopback(serving(new Counting()))) {
            Activation f = remote.solutions().relu();
            Supplier<List<double[]>> twice = () -> Batch.map(f, inputs(2), (g, x) -> {
                g.forward(x);
                return g.forward(x);
            });
            assertThrows(IllegalStateException.class, twice::get);
        }
    }

    /** Returns {f(x0)}: one callback into the caller's objective, nothing else. */
    static final class Evaluating implements Minimizer {
        @Override
        public double[] minimize(Objective f, double[] x0) {
            return new double[] {f.value(x0)};
        }
    }

    /**
     * A batch the examiner sends during a callback of a batch's call (a check's objective that asks
     * the submission something at many points) is answered as a batch of its own, and the outer
     * batch's answers still come together: the host once answered the inner calls one by one and
     * then sent the outer call's answer alone, which broke the protocol.
     */
    @Test
    void aBatchDuringACallbackOfABatchIsAnsweredAsItsOwn() {
        Activation counting = new Activation() {
            private int calls;

            @Override
            public double[] forward(double[] x) {
                return new double[] {++calls};
            }

            @Override
            public double[] backward(double[] x, double[] dy) {
                return dy;
            }
        };
        Solutions both = new Solutions() {
            @Override
            public Activation relu() {
                return counting;
            }

            @Override
            public Minimizer bfgs(LineSearch lineSearch, double eps, int maxIterations) {
                return new Evaluating();
            }
        };
        try (RemoteSubmission remote = RemoteSubmission.loopback(both)) {
            Activation f = remote.solutions().relu();
            Minimizer m = remote.solutions().bfgs((g, x, d) -> 1, 1e-6, 10);
            Objective askingInABatch = new Objective() {
                @Override
                public double value(double[] x) {
                    List<double[]> ys = Batch.map(f, List.of(new double[] {x[0]}, new double[] {x[0]}),
                            Activation::forward);
                    return ys.get(0)[0] + ys.get(1)[0];
                }

                @Override
                public double[] gradient(double[] x) {
                    return x;
                }
            };
            List<double[]> values = Batch.map(m, List.of(new double[] {0}, new double[] {0}),
                    (g, x0) -> g.minimize(askingInABatch, x0));
            assertArrayEquals(new double[] {1 + 2}, values.get(0), "forward's first two calls");
            assertArrayEquals(new double[] {3 + 4}, values.get(1), "forward's next two");
            assertEquals(2 + 2 + 2 * 2, remote.calls(), "two factories, the outer batch, the inner ones");
        }
    }

    /** Adds 1 to every entry of x, in place, and returns {x[0]}: a step that updates its argument. */
    static final class Incrementing implements Activation {
        @Override
        public double[] forward(double[] x) {
            for (int i = 0; i < x.length; i++) {
                x[i]++;
            }
            return new double[] {x[0]};
        }

        @Override
        public double[] backward(double[] x, double[] dy) {
            return dy;
        }
    }

    /**
     * An array handed to every call of a batch (an optimizer's parameters, stepped in place) is one
     * array in the host too: each call finds what the call before it left, and a look at the array
     * after each call sees each step. The host once made every call on its own copy of the array as
     * it was when the batch was sent: three calls from zero each gave 1.
     */
    @Test
    void anArrayHandedToEveryCallIsOneArrayThatEachCallFindsAsTheLastLeftIt() {
        stepsInPlace(new Incrementing());
        try (RemoteSubmission remote = RemoteSubmission.loopback(serving(new Incrementing()))) {
            stepsInPlace(remote.solutions().relu());
        }
        try (RemoteSubmission remote = RemoteSubmission.loopback(serving(new Incrementing()))) {
            Activation f = remote.solutions().relu();
            double[] x = {0};
            long before = remote.exchanges();
            Batch.map(f, List.of(1, 2, 3, 4), (g, k) -> g.forward(x));
            assertEquals(1, remote.exchanges() - before, "one exchange");
            assertArrayEquals(new double[] {4}, x);
        }
    }

    private static void stepsInPlace(Activation f) {
        double[] x = {0, 10};
        List<double[]> seen = new ArrayList<>();
        List<double[]> ys = Batch.map(f, List.of(1, 2, 3), (g, k) -> g.forward(x), k -> seen.add(x.clone()));
        assertArrayEquals(new double[] {1}, ys.get(0));
        assertArrayEquals(new double[] {3}, ys.get(2), "the third call found the second's x");
        assertArrayEquals(new double[] {3, 13}, x, "the caller's x after the batch");
        assertEquals(List.of("[1.0, 11.0]", "[2.0, 12.0]", "[3.0, 13.0]"),
                seen.stream().map(java.util.Arrays::toString).toList(), "x after each call");
    }

    /** Each relu() is a new {@link Incrementing} that also counts its own calls into x[1]. */
    private static Solutions instances() {
        return new Solutions() {
            @Override
            public Activation relu() {
                return new Activation() {
                    private int calls;

                    @Override
                    public double[] forward(double[] x) {
                        x[0]++;
                        x[1] = ++calls;
                        return new double[] {x[0]};
                    }

                    @Override
                    public double[] backward(double[] x, double[] dy) {
                        return dy;
                    }
                };
            }
        };
    }

    /**
     * Calls of two objects of the submission, in turn, go in one batch: each keeps its own state
     * and its own array, as in the same loop in-process.
     */
    @Test
    void callsOfTwoObjectsInTurnAreOneBatch() {
        inTurn(instances());
        try (RemoteSubmission remote = RemoteSubmission.loopback(instances())) {
            long before = remote.exchanges();
            inTurn(remote.solutions());
            assertEquals(2 + 1, remote.exchanges() - before, "two factory calls, then one exchange");
        }
    }

    private static void inTurn(Solutions s) {
        List<Activation> both = List.of(s.relu(), s.relu());
        double[] a = {0, 0};
        double[] b = {100, 0};
        List<String> seen = new ArrayList<>();
        List<Integer> order = List.of(0, 1, 0, 0, 1);
        Batch.across(both, order, k -> k, (f, k) -> f.forward(k == 0 ? a : b),
                i -> seen.add(java.util.Arrays.toString(order.get(i) == 0 ? a : b)));
        assertEquals(List.of("[1.0, 1.0]", "[101.0, 1.0]", "[2.0, 2.0]", "[3.0, 3.0]", "[102.0, 2.0]"), seen);
    }
}
