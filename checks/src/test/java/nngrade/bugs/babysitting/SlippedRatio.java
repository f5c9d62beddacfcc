package nngrade.bugs.babysitting;

import nngrade.problems.babysitting.TwoLayerParameters;
import nngrade.problems.babysitting.UpdateRatio;

/** The update-to-weight ratio with one slip: the mistakes of babysit.update_ratio. */
public final class SlippedRatio implements UpdateRatio {

    /** The mistakes. */
    public enum Slip {
        /** Layer 1's ratio takes layer 2's update, ||lr dW2|| / ||W1||, and the reverse. */
        UPDATE_OF_THE_WRONG_LAYER,
        /** ||dW|| / ||W||: the learning rate left out. */
        WITHOUT_THE_LEARNING_RATE,
        /** max |lr dW| / max |W|: the largest entries instead of the Frobenius norms. */
        LARGEST_ENTRIES_INSTEAD_OF_NORMS
    }

    private final Slip slip;

    public SlippedRatio(Slip slip) {
        this.slip = slip;
    }

    @Override
    public double[] ratios(TwoLayerParameters w, TwoLayerParameters u, double lr) {
        boolean swap = slip == Slip.UPDATE_OF_THE_WRONG_LAYER;
        double scale = slip == Slip.WITHOUT_THE_LEARNING_RATE ? 1 : lr;
        return new double[] {scale * size(swap ? u.w2() : u.w1()) / size(w.w1()),
            scale * size(swap ? u.w1() : u.w2()) / size(w.w2())};
    }

    private double size(double[][] m) {
        double squares = 0;
        double largest = 0;
        for (double[] row : m) {
            for (double v : row) {
                squares += v * v;
                largest = Math.max(largest, Math.abs(v));
            }
        }
        return slip == Slip.LARGEST_ENTRIES_INSTEAD_OF_NORMS ? largest : Math.sqrt(squares);
    }
}
