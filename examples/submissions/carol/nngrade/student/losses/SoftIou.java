package nngrade.student.losses;

import nngrade.problems.NotImplementedYet;
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
        throw new NotImplementedYet("loss.soft_iou");
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
        throw new NotImplementedYet("loss.soft_iou");
    }
}
