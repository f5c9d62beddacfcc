package nngrade.reference.activations;

import nngrade.problems.activations.Maxout;
import nngrade.problems.activations.MaxoutGradients;
import nngrade.reference.Matrices;
import nngrade.reference.Shapes;

/**
 * act.maxout: y = max(w1.x + b1, w2.x + b2), the maximum of two affine pieces (ReLU is the case
 * w1 = w, b1 = b, w2 = 0, b2 = 0).
 *
 * <p>Backward routes dy to the winning piece only, like the max gate: if piece k wins,
 * dx = dy w_k, dw_k = dy x, db_k = dy, and the other piece gets 0. Tie rule: when both pieces
 * are equal the first piece gets everything (any split is a valid subgradient).
 */
public class MaxoutUnit implements Maxout {

    /**
     * @param x  the input (not modified)
     * @param w1 the first piece's weights (not modified)
     * @param b1 the first piece's bias
     * @param w2 the second piece's weights (not modified)
     * @param b2 the second piece's bias
     * @return max(w1.x + b1, w2.x + b2)
     */
    @Override
    public double forward(double[] x, double[] w1, double b1, double[] w2, double b2) {
        checkShapes(x, w1, w2);
        return Math.max(Matrices.dot(w1, x) + b1, Matrices.dot(w2, x) + b2);
    }

    /**
     * @param x  the input (not modified)
     * @param w1 the first piece's weights (not modified)
     * @param b1 the first piece's bias
     * @param w2 the second piece's weights (not modified)
     * @param b2 the second piece's bias
     * @param dy dL/dy
     * @return dx, dw1, db1, dw2, db2; the losing piece's gradients are 0
     */
    @Override
    public MaxoutGradients backward(double[] x, double[] w1, double b1, double[] w2, double b2,
            double dy) {
        checkShapes(x, w1, w2);
        boolean firstWins = Matrices.dot(w1, x) + b1 >= Matrices.dot(w2, x) + b2;
        double[] winnerWeights = firstWins ? w1 : w2;
        double[] dx = scaled(winnerWeights, dy);
        double[] dwWinner = scaled(x, dy);
        double[] dwLoser = new double[x.length];
        return firstWins
                ? new MaxoutGradients(dx, dwWinner, dy, dwLoser, 0)
                : new MaxoutGradients(dx, dwLoser, 0, dwWinner, dy);
    }

    private static double[] scaled(double[] v, double c) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = c * v[i];
        }
        return r;
    }

    private static void checkShapes(double[] x, double[] w1, double[] w2) {
        Shapes.requireSameLength(x, w1, "x and w1");
        Shapes.requireSameLength(x, w2, "x and w2");
    }
}
