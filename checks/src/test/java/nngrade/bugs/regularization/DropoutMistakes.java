package nngrade.bugs.regularization;

import java.util.Random;
import nngrade.problems.regularization.Dropout;
import nngrade.problems.regularization.DropoutResult;
import nngrade.reference.regularization.ClassicDropout;
import nngrade.reference.regularization.InvertedDropout;

/** Realistic mistakes in dropout, inverted and classic. */
public final class DropoutMistakes {

    private DropoutMistakes() {
    }

    /** A dropout that keeps unit i iff draw_i &lt; keep and scales kept units (and their gradient) by scale. */
    public static class ScaledDropout implements Dropout {
        private final double keep;
        private final double scale;
        private final boolean keepBelow;

        ScaledDropout(double p, double keep, double scale, boolean keepBelow) {
            new InvertedDropout(p); // the same argument check
            this.keep = keep;
            this.scale = scale;
            this.keepBelow = keepBelow;
        }

        @Override
        public DropoutResult forwardTrain(double[] x, Random random) {
            boolean[] kept = new boolean[x.length];
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                kept[i] = (random.nextDouble() < keep) == keepBelow;
                y[i] = kept[i] ? x[i] * scale : 0;
            }
            return new DropoutResult(y, kept);
        }

        @Override
        public double[] forwardTest(double[] x) {
            return x.clone();
        }

        @Override
        public double[] backward(double[] dy, boolean[] kept) {
            if (kept.length != dy.length) {
                throw new IllegalArgumentException("the mask and dy differ in length");
            }
            double[] dx = new double[dy.length];
            for (int i = 0; i < dy.length; i++) {
                dx[i] = kept[i] ? dy[i] * scale : 0;
            }
            return dx;
        }
    }

    /** Inverted dropout that forgets the 1/p: y = mask x at train time, test unchanged. */
    public static Dropout notRescaled(double p) {
        return new ScaledDropout(p, p, 1, true);
    }

    /** Inverted dropout that scales kept units by p instead of 1/p. */
    public static Dropout rescaledByP(double p) {
        return new ScaledDropout(p, p, p, true);
    }

    /**
     * p read as torch's DROP probability: unit kept iff its draw is at least p, scaled by
     * 1/(1 - p). Still E[y] = x, but not the mask the contract asks for.
     */
    public static Dropout pAsDropProbability(double p) {
        return new ScaledDropout(p, p, 1 / (1 - p), false);
    }

    /** Inverted dropout whose backward uses the mask it stored at the last forward, not the one it is given. */
    public static final class StoredMaskDropout extends InvertedDropout {
        private boolean[] last;

        public StoredMaskDropout(double p) {
            super(p);
        }

        @Override
        public DropoutResult forwardTrain(double[] x, Random random) {
            DropoutResult r = super.forwardTrain(x, random);
            last = r.kept();
            return r;
        }

        @Override
        public double[] backward(double[] dy, boolean[] kept) {
            return super.backward(dy, last == null ? kept : last);
        }
    }

    /** Inverted dropout that keeps a unit whose draw is at most p: {@code u <= p}, where the contract says u &lt; p. */
    public static final class KeepsADrawEqualToP extends InvertedDropout {
        private final double p;

        public KeepsADrawEqualToP(double p) {
            super(p);
            this.p = p;
        }

        @Override
        public DropoutResult forwardTrain(double[] x, Random random) {
            boolean[] kept = new boolean[x.length];
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                kept[i] = random.nextDouble() <= p;
                y[i] = kept[i] ? x[i] / p : 0;
            }
            return new DropoutResult(y, kept);
        }
    }

    /** Inverted dropout whose backward walks dy and reads the mask at the same index, never comparing their lengths. */
    public static final class BackwardWithoutLengthCheck extends InvertedDropout {
        private final double p;

        public BackwardWithoutLengthCheck(double p) {
            super(p);
            this.p = p;
        }

        @Override
        public double[] backward(double[] dy, boolean[] kept) {
            double[] dx = new double[dy.length];
            for (int i = 0; i < dy.length; i++) {
                dx[i] = kept[i] ? dy[i] / p : 0;
            }
            return dx;
        }
    }

    /** Inverted dropout whose test mode hands back x itself: the right values, but not the new array the contract asks for. */
    public static final class TestModeReturnsItsInput extends InvertedDropout {
        public TestModeReturnsItsInput(double p) {
            super(p);
        }

        @Override
        public double[] forwardTest(double[] x) {
            return x; // "the identity at test time", taken literally
        }
    }

    /** Classic dropout that forgets to scale by p at test time. */
    public static final class UnscaledTestDropout extends ClassicDropout {
        public UnscaledTestDropout(double p) {
            super(p);
        }

        @Override
        public double[] forwardTest(double[] x) {
            return x.clone();
        }
    }
}
