package nngrade.reference.babysitting;

import nngrade.problems.babysitting.LossWithGradients;
import nngrade.problems.babysitting.TwoLayerNet;
import nngrade.problems.babysitting.TwoLayerParameters;
import nngrade.reference.Matrices;
import nngrade.reference.losses.Softmax;

/**
 * babysit.initial_loss: the notes' two-layer classifier, X -&gt; affine -&gt; ReLU -&gt; affine -&gt;
 * softmax cross-entropy, plus reg (||W1||^2 + ||W2||^2). Batched with the row convention of
 * layer.affine: Z = X W1^T + b1, S = max(0, Z) W2^T + b2.
 */
public class TwoLayerReluNet implements TwoLayerNet {

    private final Softmax softmax = new Softmax();

    /** The forward pass of a batch, kept for the backward pass. */
    private record Forward(double[][] z, double[][] h, double[][] s) {
    }

    @Override
    public double[][] scores(TwoLayerParameters model, double[][] x) {
        return forward(model, x).s();
    }

    /**
     * L = (1/N) sum_i [log sum_k exp(s_ik) - s_{i,y_i}] + reg (||W1||^2 + ||W2||^2); the gradients
     * by backpropagation through the forward pass (see {@link TwoLayerNet}).
     */
    @Override
    public LossWithGradients loss(TwoLayerParameters model, double[][] x, int[] y, double reg) {
        Forward f = forward(model, x);
        int n = x.length;
        double dataLoss = 0;
        double[][] dS = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] logP = softmax.logSoftmax(f.s()[i]); // log p_ik = s_ik - log sum_k exp(s_ik)
            dataLoss -= logP[y[i]];
            dS[i] = new double[logP.length];
            for (int k = 0; k < logP.length; k++) {
                dS[i][k] = (Math.exp(logP[k]) - (k == y[i] ? 1 : 0)) / n; // dL/ds_i = (p_i - e_{y_i}) / N
            }
        }
        double loss = dataLoss / n + reg * (squaredNorm(model.w1()) + squaredNorm(model.w2()));
        return new LossWithGradients(loss, backward(model, x, f, dS, reg));
    }

    private static Forward forward(TwoLayerParameters m, double[][] x) {
        int hidden = m.b1().length;
        double[][] z = Matrices.multiplyTransposed(x, m.w1(), hidden);
        Matrices.addToEveryRow(z, m.b1());
        double[][] h = new double[z.length][hidden];
        for (int i = 0; i < z.length; i++) {
            for (int j = 0; j < hidden; j++) {
                h[i][j] = Math.max(0, z[i][j]);
            }
        }
        double[][] s = Matrices.multiplyTransposed(h, m.w2(), m.b2().length);
        Matrices.addToEveryRow(s, m.b2());
        return new Forward(z, h, s);
    }

    /** Back from dL/dS through the output layer, the ReLU and the hidden layer; adds 2 reg W. */
    private static TwoLayerParameters backward(TwoLayerParameters m, double[][] x, Forward f, double[][] dS,
            double reg) {
        int inputs = m.w1()[0].length;
        int hidden = m.b1().length;
        int classes = m.b2().length;
        double[][] dW2 = Matrices.transposeMultiply(dS, f.h(), classes, hidden); // sum_i dS_i h_i^T
        double[] db2 = Matrices.columnSums(dS, classes);
        double[][] dZ = Matrices.multiply(dS, m.w2(), hidden); // row i: W2^T dS_i
        for (int i = 0; i < dZ.length; i++) {
            for (int j = 0; j < hidden; j++) {
                if (f.z()[i][j] <= 0) { // ReLU passes no gradient where it is off (factor 0 at the kink)
                    dZ[i][j] = 0;
                }
            }
        }
        double[][] dW1 = Matrices.transposeMultiply(dZ, x, hidden, inputs); // sum_i dZ_i x_i^T
        double[] db1 = Matrices.columnSums(dZ, hidden);
        addScaled(dW1, 2 * reg, m.w1()); // d/dW of reg ||W||^2 is 2 reg W
        addScaled(dW2, 2 * reg, m.w2());
        return new TwoLayerParameters(dW1, db1, dW2, db2);
    }

    /** @return the sum of the squares of every entry */
    static double squaredNorm(double[][] w) {
        double s = 0;
        for (double[] row : w) {
            for (double v : row) {
                s += v * v;
            }
        }
        return s;
    }

    /** a += c b, in place: a is an array this class has just created. */
    private static void addScaled(double[][] a, double c, double[][] b) {
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                a[i][j] += c * b[i][j];
            }
        }
    }
}
