package nngrade.reference.losses;

import nngrade.problems.losses.Loss;
import nngrade.reference.Shapes;

/**
 * loss.soft_iou: the soft intersection over union of a soft mask X (values in [0, 1]) with a
 * target mask Y: IoU = I/U with I = sum_v X_v Y_v and U = sum_v (X_v + Y_v - X_v Y_v). It is a
 * score to maximize (1 - IoU is the loss one minimizes); this class returns IoU itself.
 *
 * <p>Gradient, by the quotient rule with dI/dX_v = Y_v and dU/dX_v = 1 - Y_v:
 * dIoU/dX_v = (Y_v U - I (1 - Y_v)) / U^2 = (Y_v - IoU (1 - Y_v)) / U, which is the notes' 1/U
 * where Y_v = 1 and -I/U^2 where Y_v = 0, and also holds for soft targets Y_v in (0, 1).
 * U = 0 only when X = Y = 0, where IoU is undefined (NaN).
 */
public class SoftIou implements Loss {

    /**
     * @param x the soft prediction X (not modified)
     * @param y the target Y (not modified)
     * @return I / U
     */
    @Override
    public double value(double[] x, double[] y) {
        Shapes.requireSameLength(x, y, "prediction and target");
        return intersection(x, y) / union(x, y);
    }

    /**
     * @param x the soft prediction X (not modified)
     * @param y the target Y (not modified)
     * @return dIoU/dX_v = (Y_v - IoU (1 - Y_v)) / U for every v
     */
    @Override
    public double[] gradient(double[] x, double[] y) {
        Shapes.requireSameLength(x, y, "prediction and target");
        double u = union(x, y);
        double iou = intersection(x, y) / u;
        double[] grad = new double[x.length];
        for (int v = 0; v < x.length; v++) {
            grad[v] = (y[v] - iou * (1 - y[v])) / u;
        }
        return grad;
    }

    private static double intersection(double[] x, double[] y) {
        double i = 0;
        for (int v = 0; v < x.length; v++) {
            i += x[v] * y[v];
        }
        return i;
    }

    private static double union(double[] x, double[] y) {
        double u = 0;
        for (int v = 0; v < x.length; v++) {
            u += x[v] + y[v] - x[v] * y[v];
        }
        return u;
    }
}
