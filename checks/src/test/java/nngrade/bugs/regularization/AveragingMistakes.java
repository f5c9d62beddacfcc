package nngrade.bugs.regularization;

import nngrade.problems.averaging.MovingAverage;
import nngrade.reference.averaging.ExponentialMovingAverage;

/** Realistic mistakes in the running averages. */
public final class AveragingMistakes {

    private AveragingMistakes() {
    }

    /** S_t = (1 - a) Y_t + a S_{t-1}: a and 1 - a swapped. */
    public static MovingAverage emaSwapped(double a) {
        return new ExponentialMovingAverage(1 - a);
    }

    /** Polyak averaging that keeps the caller's first array as its state and averages into it. */
    public static final class AliasingPolyak implements MovingAverage {
        private double[] s;
        private long t;

        @Override
        public double[] update(double[] y) {
            t++;
            if (s == null) {
                s = y; // the mistake: no copy
            } else {
                if (y.length != s.length) {
                    throw new IllegalArgumentException("length");
                }
                for (int i = 0; i < s.length; i++) {
                    s[i] += (y[i] - s[i]) / t;
                }
            }
            return s.clone();
        }

        @Override
        public double[] value() {
            if (s == null) {
                throw new IllegalStateException("no value yet");
            }
            return s.clone();
        }
    }
}
