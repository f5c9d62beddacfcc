package nngrade.student.losses;

import nngrade.problems.losses.Loss;

/**
 * loss.soft_iou: IoU(X) = I/U with I = sum_v X_v Y_v and U = sum_v (X_v + Y_v - X_v Y_v). value
 * returns IoU itself.
 */
public class SoftIou implements Loss {

    /**
     * IoU = I / U.
     *
     * @param prediction the soft mask X (not modified)
     * @param target the target mask Y (not modified)
     * @return the loss value
     */
    @Override
    public double value(double[] prediction, double[] target) {
        if (target.length != prediction.length) {
            throw new IllegalArgumentException("target has length " + target.length + " but prediction has " + prediction.length);
        }
        double[] iu = intersectionAndUnion(prediction, target);
        return iu[0] / iu[1];
    }

    /**
     * dIoU/dX_v = (Y_v U - I (1 - Y_v)) / U^2, that is 1/U where Y_v = 1 and -I/U^2 where Y_v = 0.
     *
     * @param prediction the soft mask X (not modified)
     * @param target the target mask Y (not modified)
     * @return d(value)/d(prediction)
     */
    @Override
    public double[] gradient(double[] prediction, double[] target) {
        if (target.length != prediction.length) {
            throw new IllegalArgumentException("target has length " + target.length + " but prediction has " + prediction.length);
        }
        double[] iu = intersectionAndUnion(prediction, target);
        double u = iu[1];
        double iou = iu[0] / u;
        double[] g = new double[prediction.length];
        for (int v = 0; v < g.length; v++) {
            // quotient rule with dI/dX_v = Y_v and dU/dX_v = 1 - Y_v
            g[v] = (target[v] - iou * (1.0 - target[v])) / u;
        }
        return g;
    }

    /** @return {I, U} */
    private static double[] intersectionAndUnion(double[] x, double[] y) {
        double inter = 0.0;
        double union = 0.0;
        for (int v = 0; v < x.length; v++) {
            double both = x[v] * y[v];
            inter += both;
            union += x[v] + y[v] - both;
        }
        return new double[] {inter, union};
    }
}
