package nngrade.variants;

import java.util.List;
import nngrade.problems.backprop.Affine;
import nngrade.problems.backprop.AffineGradients;
import nngrade.problems.backprop.BinaryGate;
import nngrade.problems.backprop.BinaryGradient;
import nngrade.problems.backprop.ComputationalGraph;
import nngrade.problems.backprop.DifferentiableFunction;
import nngrade.problems.backprop.GateOp;
import nngrade.problems.backprop.GraphNode;
import nngrade.problems.backprop.GraphResult;
import nngrade.problems.backprop.MatVec;
import nngrade.problems.backprop.MatVecGradients;
import nngrade.problems.backprop.UnaryGate;
import nngrade.problems.backprop.VectorFunction;
import nngrade.problems.losses.Loss;
import nngrade.problems.losses.Regularizer;
import nngrade.reference.ReferenceSolutions;

/**
 * Section A written differently from the reference but correctly: other formulas for the same
 * function, other summation orders, other valid subgradients at kinks. The checks must give it
 * full marks: they may not insist on the reference's way of computing.
 */
class CorrectVariants extends ReferenceSolutions {

    static double sigma(double x) {
        return 1 / (1 + Math.exp(-x)); // naive but correct in float64 for every x
    }

    @Override
    public BinaryGate maxGate() {
        return new BinaryGate() {
            public double forward(double x, double y) {
                return x >= y ? x : y;
            }

            public BinaryGradient backward(double x, double y, double dz) {
                return x >= y ? new BinaryGradient(dz, 0) : new BinaryGradient(0, dz); // ties: all to x
            }
        };
    }

    @Override
    public UnaryGate sigmoidGate() {
        return new UnaryGate() {
            public double forward(double x) {
                return sigma(x);
            }

            public double backward(double x, double dz) {
                double s = sigma(x);
                return dz * s * (1 - s);
            }
        };
    }

    @Override
    public UnaryGate invGate() {
        return new UnaryGate() {
            public double forward(double x) {
                return 1 / x;
            }

            public double backward(double x, double dz) {
                double z = 1 / x;
                return -dz * z * z;
            }
        };
    }

    @Override
    public ComputationalGraph graph() {
        return (nodes, inputs) -> {
            requireWellFormed(nodes, inputs);
            int n = nodes.size();
            double[] v = new double[n];
            int next = 0;
            for (int i = 0; i < n; i++) {
                GraphNode node = nodes.get(i);
                int[] a = node.args();
                v[i] = switch (node.op()) {
                    case INPUT -> inputs[next++];
                    case ADD -> v[a[0]] + v[a[1]];
                    case MUL -> v[a[0]] * v[a[1]];
                    case MAX -> Math.max(v[a[0]], v[a[1]]);
                    case EXP -> Math.exp(v[a[0]]);
                    case INV -> 1 / v[a[0]];
                    case SCALE -> node.constant() * v[a[0]];
                    case OFFSET -> v[a[0]] + node.constant();
                    case SIGMOID -> sigma(v[a[0]]);
                };
            }
            double[] g = new double[n];
            g[n - 1] = 1;
            for (int i = n - 1; i >= 0; i--) { // no pruning of dead nodes
                GraphNode node = nodes.get(i);
                int[] a = node.args();
                switch (node.op()) {
                    case ADD -> { g[a[0]] += g[i]; g[a[1]] += g[i]; }
                    case MUL -> { g[a[0]] += v[a[1]] * g[i]; g[a[1]] += v[a[0]] * g[i]; }
                    case MAX -> { g[v[a[0]] >= v[a[1]] ? a[0] : a[1]] += g[i]; }
                    case EXP -> g[a[0]] += v[i] * g[i];
                    case INV -> g[a[0]] += -v[i] * v[i] * g[i];
                    case SCALE -> g[a[0]] += node.constant() * g[i];
                    case OFFSET -> g[a[0]] += g[i];
                    case SIGMOID -> g[a[0]] += v[i] * (1 - v[i]) * g[i];
                    default -> { }
                }
            }
            return new GraphResult(v, g);
        };
    }

    @Override
    public DifferentiableFunction simpleExample() {
        return new DifferentiableFunction() {
            public double value(double[] v) {
                if (v.length != 3) {
                    throw new IllegalArgumentException("the point has 3 coordinates, got " + v.length);
                }
                return v[0] * v[2] + v[1] * v[2];
            }

            public double[] gradient(double[] v) {
                if (v.length != 3) {
                    throw new IllegalArgumentException("the point has 3 coordinates, got " + v.length);
                }
                return new double[] {v[2], v[2], v[0] + v[1]};
            }
        };
    }

    @Override
    public DifferentiableFunction sigmoidExample() {
        return new DifferentiableFunction() {
            private double dot(double[] v) {
                return v[2] + v[1] * v[4] + v[0] * v[3];
            }

            public double value(double[] v) {
                if (v.length != 5) {
                    throw new IllegalArgumentException("the point has 5 coordinates, got " + v.length);
                }
                return sigma(dot(v));
            }

            public double[] gradient(double[] v) {
                if (v.length != 5) {
                    throw new IllegalArgumentException("the point has 5 coordinates, got " + v.length);
                }
                double s = sigma(dot(v));
                double d = s * (1 - s);
                return new double[] {d * v[3], d * v[4], d, d * v[0], d * v[1]};
            }
        };
    }

    @Override
    public MatVec matVec() {
        return new MatVec() {
            public double[] forward(double[][] w, double[] x) {
                requireShape(w, w.length, x.length, "W");
                double[] q = new double[w.length];
                for (int j = x.length - 1; j >= 0; j--) {
                    for (int i = 0; i < w.length; i++) {
                        q[i] += x[j] * w[i][j];
                    }
                }
                return q;
            }

            public MatVecGradients backward(double[][] w, double[] x, double[] dq) {
                requireShape(w, dq.length, x.length, "W");
                double[][] dW = new double[w.length][x.length];
                double[] dx = new double[x.length];
                for (int i = w.length - 1; i >= 0; i--) {
                    for (int j = 0; j < x.length; j++) {
                        dW[i][j] = x[j] * dq[i];
                        dx[j] += dq[i] * w[i][j];
                    }
                }
                return new MatVecGradients(dW, dx);
            }
        };
    }

    @Override
    public Affine affine() {
        return new Affine() {
            public double[][] forward(double[][] x, double[][] w, double[] b) {
                checkShapes(x, w, b);
                double[][] y = new double[x.length][w.length];
                for (int n = 0; n < x.length; n++) {
                    for (int o = 0; o < w.length; o++) {
                        double s = b[o];
                        for (int i = x[n].length - 1; i >= 0; i--) {
                            s += w[o][i] * x[n][i];
                        }
                        y[n][o] = s;
                    }
                }
                return y;
            }

            public AffineGradients backward(double[][] x, double[][] w, double[] b, double[][] dy) {
                checkShapes(x, w, b);
                requireShape(dy, x.length, b.length, "dY");
                double[][] dX = new double[x.length][w[0].length];
                double[][] dW = new double[w.length][w[0].length];
                double[] db = new double[w.length];
                for (int n = x.length - 1; n >= 0; n--) {
                    for (int o = 0; o < w.length; o++) {
                        db[o] += dy[n][o];
                        for (int i = 0; i < w[0].length; i++) {
                            dX[n][i] += dy[n][o] * w[o][i];
                            dW[o][i] += dy[n][o] * x[n][i];
                        }
                    }
                }
                return new AffineGradients(dX, dW, db);
            }
        };
    }

    @Override
    public Loss l2Loss() {
        return new Loss() {
            public double value(double[] q, double[] t) {
                if (t.length != q.length) {
                    throw new IllegalArgumentException("t has length " + t.length + " but q has " + q.length);
                }
                double s = 0;
                for (int i = q.length - 1; i >= 0; i--) {
                    s += (t[i] - q[i]) * (t[i] - q[i]);
                }
                return s;
            }

            public double[] gradient(double[] q, double[] t) {
                if (t.length != q.length) {
                    throw new IllegalArgumentException("t has length " + t.length + " but q has " + q.length);
                }
                double[] g = new double[q.length];
                for (int i = 0; i < q.length; i++) {
                    g[i] = 2 * q[i] - 2 * t[i];
                }
                return g;
            }
        };
    }

    /** log-sum-exp, with the max subtracted. */
    static double lse(double[] o) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : o) {
            m = Math.max(m, v);
        }
        double s = 0;
        for (double v : o) {
            s += Math.exp(v - m);
        }
        return m + Math.log(s);
    }

    @Override
    public VectorFunction softmax() {
        return new VectorFunction() {
            public double[] forward(double[] o) {
                double l = lse(o);
                double[] s = new double[o.length];
                for (int i = 0; i < o.length; i++) {
                    s[i] = Math.exp(o[i] - l);
                }
                return s;
            }

            public double[] backward(double[] o, double[] dy) {
                if (dy.length != o.length) {
                    throw new IllegalArgumentException("dy has length " + dy.length + " but o has " + o.length);
                }
                double[] s = forward(o);
                double[] dx = new double[o.length];
                for (int j = 0; j < o.length; j++) { // the Jacobian, row by row
                    for (int i = 0; i < o.length; i++) {
                        dx[j] += dy[i] * s[i] * ((i == j ? 1 : 0) - s[j]);
                    }
                }
                return dx;
            }
        };
    }

    @Override
    public Loss softmaxCrossEntropy() {
        return new Loss() {
            public double value(double[] o, double[] t) {
                if (t.length != o.length) {
                    throw new IllegalArgumentException("t has length " + t.length + " but o has " + o.length);
                }
                double l = lse(o);
                double s = 0;
                for (int i = 0; i < o.length; i++) {
                    s -= t[i] * (o[i] - l);
                }
                return s;
            }

            public double[] gradient(double[] o, double[] t) {
                if (t.length != o.length) {
                    throw new IllegalArgumentException("t has length " + t.length + " but o has " + o.length);
                }
                double l = lse(o);
                double[] g = new double[o.length];
                for (int i = 0; i < o.length; i++) {
                    g[i] = Math.exp(o[i] - l) - t[i];
                }
                return g;
            }
        };
    }

    @Override
    public Loss binaryCrossEntropy() {
        return new Loss() {
            public double value(double[] z, double[] y) {
                if (y.length != z.length) {
                    throw new IllegalArgumentException("y has length " + y.length + " but z has " + z.length);
                }
                double s = 0;
                for (int i = 0; i < z.length; i++) {
                    double sp = z[i] > 0 ? z[i] + Math.log(1 + Math.exp(-z[i])) : Math.log(1 + Math.exp(z[i]));
                    s += sp - z[i] * y[i];
                }
                return s;
            }

            public double[] gradient(double[] z, double[] y) {
                if (y.length != z.length) {
                    throw new IllegalArgumentException("y has length " + y.length + " but z has " + z.length);
                }
                double[] g = new double[z.length];
                for (int i = 0; i < z.length; i++) {
                    g[i] = sigma(z[i]) - y[i];
                }
                return g;
            }
        };
    }

    @Override
    public Loss softIou() {
        return new Loss() {
            public double value(double[] x, double[] y) {
                if (y.length != x.length) {
                    throw new IllegalArgumentException("y has length " + y.length + " but x has " + x.length);
                }
                double i = 0;
                double u = 0;
                for (int v = 0; v < x.length; v++) {
                    i += x[v] * y[v];
                    u += x[v] + y[v] - x[v] * y[v];
                }
                return i / u;
            }

            public double[] gradient(double[] x, double[] y) {
                if (y.length != x.length) {
                    throw new IllegalArgumentException("y has length " + y.length + " but x has " + x.length);
                }
                double i = 0;
                double u = 0;
                for (int v = x.length - 1; v >= 0; v--) {
                    i += x[v] * y[v];
                    u += x[v] * (1 - y[v]) + y[v];
                }
                double[] g = new double[x.length];
                for (int v = 0; v < x.length; v++) {
                    g[v] = y[v] == 1 ? 1 / u : y[v] == 0 ? -i / (u * u) : (y[v] * u - i * (1 - y[v])) / (u * u);
                }
                return g;
            }
        };
    }

    @Override
    public Regularizer l1Regularizer(double lambda) {
        return new Regularizer() {
            public double value(double[] w) {
                double s = 0;
                for (double v : w) {
                    s += lambda * Math.abs(v);
                }
                return s;
            }

            public double[] gradient(double[] w) {
                double[] g = new double[w.length];
                for (int i = 0; i < w.length; i++) {
                    g[i] = w[i] >= 0 ? lambda : -lambda; // at 0: lambda, the right derivative
                }
                return g;
            }
        };
    }

    @Override
    public Regularizer l2Regularizer(double lambda) {
        return new Regularizer() {
            public double value(double[] w) {
                double s = 0;
                for (double v : w) {
                    s += lambda * v * v;
                }
                return s;
            }

            public double[] gradient(double[] w) {
                double[] g = new double[w.length];
                for (int i = 0; i < w.length; i++) {
                    g[i] = 2 * w[i] * lambda;
                }
                return g;
            }
        };
    }

    /**
     * The contract's well-formed graph: a node at least, every arity right, every argument an
     * earlier node, one input per INPUT node; counted from the end, as this variant does things
     * differently.
     *
     * @param nodes  the graph (not modified)
     * @param inputs the INPUT nodes' values (not modified)
     * @throws IllegalArgumentException if the graph is malformed
     */
    static void requireWellFormed(List<GraphNode> nodes, double[] inputs) {
        int inputsLeft = inputs.length;
        for (int i = nodes.size() - 1; i >= 0; i--) {
            GraphNode node = nodes.get(i);
            if (node.args().length != node.op().arity()) {
                throw new IllegalArgumentException(node.op() + " takes " + node.op().arity() + " arguments");
            }
            for (int a : node.args()) {
                if (a >= i || a < 0) {
                    throw new IllegalArgumentException("node " + i + " is not topologically after node " + a);
                }
            }
            if (node.op() == GateOp.INPUT) {
                inputsLeft--;
            }
        }
        if (nodes.isEmpty() || inputsLeft != 0) {
            throw new IllegalArgumentException("an empty graph, or inputs not one per INPUT node");
        }
    }

    /** The contract's shapes: W (out, in) with out from b, X (n, in), none of n, in, out 0. */
    static void checkShapes(double[][] x, double[][] w, double[] b) {
        if (x.length == 0 || b.length == 0) {
            throw new IllegalArgumentException("X needs a row and b an entry");
        }
        if (w.length != b.length) {
            throw new IllegalArgumentException("W has " + w.length + " rows, b " + b.length + " entries");
        }
        int in = w[0].length;
        if (in == 0) {
            throw new IllegalArgumentException("W needs a column");
        }
        requireShape(w, b.length, in, "W");
        requireShape(x, x.length, in, "X");
    }

    /** @throws IllegalArgumentException unless m is rows by columns (the contract's shapes) */
    static void requireShape(double[][] m, int rows, int columns, String name) {
        if (m.length != rows) {
            throw new IllegalArgumentException(name + " must have " + rows + " rows, got " + m.length);
        }
        for (double[] row : m) {
            if (row.length != columns) {
                throw new IllegalArgumentException(name + " must have " + columns + " columns, got a row of " + row.length);
            }
        }
    }
}
