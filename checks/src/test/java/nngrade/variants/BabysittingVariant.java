package nngrade.variants;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import nngrade.problems.babysitting.LearningRateDiagnosis;
import nngrade.problems.babysitting.LearningRateVerdict;
import nngrade.problems.babysitting.LossWithGradients;
import nngrade.problems.babysitting.RandomSearch;
import nngrade.problems.babysitting.SearchRange;
import nngrade.problems.babysitting.Trainer;
import nngrade.problems.babysitting.TrainingRun;
import nngrade.problems.babysitting.TwoLayerNet;
import nngrade.problems.babysitting.TwoLayerParameters;
import nngrade.problems.babysitting.UpdateRatio;
import nngrade.reference.ReferenceSolutions;

/**
 * Section F written differently from the reference but correctly: the network with log-softmax
 * written out, the other subgradient at the ReLU's kink and the gradients accumulated class by
 * class; a training loop over one flat parameter vector that updates it in reverse order with a
 * fused multiply-add; the diagnosis by ratios to the first loss; samples drawn in base 10; the best
 * trials found by a sorted list of records; norms accumulated with scaling. The checks must give it
 * full marks: they may not insist on the reference's way of computing.
 */
class BabysittingVariant extends ReferenceSolutions {

    @Override
    public TwoLayerNet twoLayerNet() {
        return new TwoLayerNet() {
            public double[][] scores(TwoLayerParameters m, double[][] x) {
                double[][] s = new double[x.length][];
                for (int i = 0; i < x.length; i++) {
                    s[i] = output(m, hidden(m, x[i]));
                }
                return s;
            }

            public LossWithGradients loss(TwoLayerParameters m, double[][] x, int[] y, double reg) {
                int n = x.length;
                int c = m.b2().length;
                int h = m.b1().length;
                double[][] dW1 = new double[h][x[0].length];
                double[] db1 = new double[h];
                double[][] dW2 = new double[c][h];
                double[] db2 = new double[c];
                double total = 0;
                for (int i = n - 1; i >= 0; i--) {
                    double[] hid = hidden(m, x[i]);
                    double[] s = output(m, hid);
                    double max = Arrays.stream(s).max().orElseThrow();
                    double z = 0;
                    for (double v : s) {
                        z += Math.exp(v - max);
                    }
                    total += Math.log(z) - (s[y[i]] - max); // -log softmax
                    for (int k = 0; k < c; k++) {
                        double ds = (Math.exp(s[k] - max) / z - (k == y[i] ? 1 : 0)) / n;
                        db2[k] += ds;
                        for (int j = 0; j < h; j++) {
                            dW2[k][j] += ds * hid[j];
                            double on = pre(m, x[i], j) >= 0 ? 1 : 0; // subgradient 1 at the kink
                            double dz = on * m.w2()[k][j] * ds;
                            db1[j] += dz;
                            for (int d = 0; d < x[i].length; d++) {
                                dW1[j][d] += dz * x[i][d];
                            }
                        }
                    }
                }
                double penalty = 0;
                for (double[][] w : List.of(m.w1(), m.w2())) {
                    for (double[] row : w) {
                        penalty += Arrays.stream(row).map(v -> v * v).sum();
                    }
                }
                addDecay(dW1, m.w1(), reg);
                addDecay(dW2, m.w2(), reg);
                return new LossWithGradients(total / n + reg * penalty, new TwoLayerParameters(dW1, db1, dW2, db2));
            }
        };
    }

    static double pre(TwoLayerParameters m, double[] x, int j) {
        double z = m.b1()[j];
        for (int d = 0; d < x.length; d++) {
            z += m.w1()[j][d] * x[d];
        }
        return z;
    }

    static double[] hidden(TwoLayerParameters m, double[] x) {
        return IntStream.range(0, m.b1().length).mapToDouble(j -> Math.max(0, pre(m, x, j))).toArray();
    }

    static double[] output(TwoLayerParameters m, double[] h) {
        double[] s = new double[m.b2().length];
        for (int k = 0; k < s.length; k++) {
            s[k] = m.b2()[k];
            for (int j = 0; j < h.length; j++) {
                s[k] += h[j] * m.w2()[k][j];
            }
        }
        return s;
    }

    static void addDecay(double[][] g, double[][] w, double reg) {
        for (int i = 0; i < g.length; i++) {
            for (int j = 0; j < g[i].length; j++) {
                g[i][j] += reg * (w[i][j] + w[i][j]);
            }
        }
    }

    /** Parameters as one vector: W1 row by row, b1, W2 row by row, b2. */
    static double[] flat(TwoLayerParameters p) {
        List<Double> v = new ArrayList<>();
        Arrays.stream(p.w1()).forEach(row -> Arrays.stream(row).forEach(v::add));
        Arrays.stream(p.b1()).forEach(v::add);
        Arrays.stream(p.w2()).forEach(row -> Arrays.stream(row).forEach(v::add));
        Arrays.stream(p.b2()).forEach(v::add);
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static TwoLayerParameters shaped(double[] v, TwoLayerParameters like) {
        int[] at = {0};
        double[][] w1 = rows(v, at, like.w1());
        double[] b1 = Arrays.copyOfRange(v, at[0], at[0] += like.b1().length);
        double[][] w2 = rows(v, at, like.w2());
        double[] b2 = Arrays.copyOfRange(v, at[0], at[0] + like.b2().length);
        return new TwoLayerParameters(w1, b1, w2, b2);
    }

    static double[][] rows(double[] v, int[] at, double[][] like) {
        double[][] m = new double[like.length][];
        for (int i = 0; i < like.length; i++) {
            m[i] = Arrays.copyOfRange(v, at[0], at[0] += like[i].length);
        }
        return m;
    }

    /** theta - lr g over the flat vector, last coordinate first, with a fused multiply-add. */
    static TwoLayerParameters descend(TwoLayerParameters theta, TwoLayerParameters g, double lr) {
        double[] v = flat(theta);
        double[] d = flat(g);
        for (int i = v.length - 1; i >= 0; i--) {
            v[i] = Math.fma(-lr, d[i], v[i]);
        }
        return shaped(v, theta);
    }

    @Override
    public Trainer overfitTrainer() {
        return (net, initial, x, y, examples, lr, iterations) -> {
            double[][] xs = new double[examples][];
            int[] ys = new int[examples];
            for (int i = 0; i < examples; i++) {
                xs[i] = x[i].clone();
                ys[i] = y[i];
            }
            List<Double> curve = new ArrayList<>();
            TwoLayerParameters theta = initial;
            int left = iterations;
            while (left-- > 0) {
                LossWithGradients lg = net.loss(theta, xs, ys, 0);
                curve.add(lg.loss());
                theta = descend(theta, lg.gradients(), lr);
            }
            double[][] s = net.scores(theta, xs);
            long right = IntStream.range(0, examples).filter(i -> {
                int best = 0;
                for (int k = 1; k < s[i].length; k++) {
                    if (s[i][k] > s[i][best]) {
                        best = k;
                    }
                }
                return best == ys[i];
            }).count();
            return new TrainingRun(curve.stream().mapToDouble(Double::doubleValue).toArray(), theta,
                    right / (double) examples);
        };
    }

    @Override
    public LearningRateDiagnosis learningRateDiagnosis() {
        return new LearningRateDiagnosis() {
            public double[] train(TwoLayerNet net, TwoLayerParameters initial, double[][] x, int[] y, double reg,
                    double lr, int maxIterations) {
                List<Double> curve = new ArrayList<>();
                TwoLayerParameters theta = initial;
                while (true) {
                    LossWithGradients lg = net.loss(theta, x, y, reg);
                    curve.add(lg.loss());
                    double ratio = lg.loss() / curve.get(0);
                    if (Double.isNaN(ratio) || Double.isInfinite(lg.loss()) || ratio > EXPLOSION_FACTOR
                            || curve.size() == maxIterations) {
                        return curve.stream().mapToDouble(Double::doubleValue).toArray();
                    }
                    theta = descend(theta, lg.gradients(), lr);
                }
            }

            public LearningRateVerdict diagnose(double[] losses, double tolerance) {
                double first = losses[0];
                boolean exploded = Arrays.stream(losses).anyMatch(l -> !(l / first <= EXPLOSION_FACTOR));
                if (exploded || losses[losses.length - 1] / first > 1 + tolerance) {
                    return LearningRateVerdict.TOO_HIGH;
                }
                boolean down = Arrays.stream(losses).anyMatch(l -> l / first < 1 - tolerance);
                return down ? LearningRateVerdict.FINE : LearningRateVerdict.TOO_LOW;
            }
        };
    }

    /** A trial: its index, value and score. */
    record Trial(int index, double value, double score) {
    }

    @Override
    public RandomSearch randomSearch() {
        return new RandomSearch() {
            public double[] sample(double low, double high, int n, Random random) {
                double a = Math.log10(low);
                double b = Math.log10(high);
                return IntStream.range(0, n)
                        .mapToDouble(i -> Math.min(high, Math.max(low, Math.pow(10, a + (b - a) * random.nextDouble()))))
                        .toArray();
            }

            public SearchRange narrow(double[] values, double[] scores, int keep) {
                List<Trial> trials = new ArrayList<>();
                for (int i = 0; i < values.length; i++) {
                    trials.add(new Trial(i, values[i], scores[i]));
                }
                trials.sort(Comparator.comparing((Trial t) -> Double.isNaN(t.score()))
                        .thenComparing(t -> -t.score() + 0.0) // + 0.0 turns -0.0 into 0.0: equal scores tie
                        .thenComparingInt(Trial::index));
                List<Trial> best = trials.subList(0, keep);
                return new SearchRange(best.stream().mapToDouble(Trial::value).min().orElseThrow(),
                        best.stream().mapToDouble(Trial::value).max().orElseThrow());
            }
        };
    }

    @Override
    public UpdateRatio updateRatio() {
        return (w, u, lr) -> new double[] {scaledNorm(u.w1(), lr) / scaledNorm(w.w1(), 1),
            scaledNorm(u.w2(), lr) / scaledNorm(w.w2(), 1)};
    }

    /** ||c m||, accumulated as max |entry| times the norm of the entries divided by it. */
    static double scaledNorm(double[][] m, double c) {
        double largest = 0;
        for (double[] row : m) {
            for (double v : row) {
                largest = Math.max(largest, Math.abs(c * v));
            }
        }
        if (largest == 0) {
            return 0;
        }
        double s = 0;
        for (double[] row : m) {
            for (double v : row) {
                double r = c * v / largest;
                s += r * r;
            }
        }
        return largest * Math.sqrt(s);
    }
}
