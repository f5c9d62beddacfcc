package nngrade.bugs;

import java.util.List;
import java.util.Set;
import nngrade.problems.activations.Activation;
import nngrade.reference.ReferenceSolutions;

/** Realistic mistakes in section B (activations), one per submission. */
final class SectionBBugs {

    private SectionBBugs() {
    }

    static List<Bug> all() {
        return List.of(
                new Bug("bug-relu-negative-grad", "act.relu",
                        Set.of("backward matches central differences of forward", "agrees with the reference",
                                "negative inputs pass no gradient"),
                        () -> new ReferenceSolutions() {
                            @Override
                            public Activation relu() {
                                return new ReluPassingNegativeGradient();
                            }
                        }));
    }

    /** ReLU whose backward lets the gradient through for x < 0 too. */
    static final class ReluPassingNegativeGradient implements Activation {
        @Override
        public double[] forward(double[] x) {
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = Math.max(x[i], 0);
            }
            return y;
        }

        @Override
        public double[] backward(double[] x, double[] dy) {
            return dy.clone();
        }
    }
}
