package nngrade.bugs.backprop;

import nngrade.problems.backprop.BinaryGradient;
import nngrade.reference.backprop.ExpGate;
import nngrade.reference.backprop.InvGate;
import nngrade.reference.backprop.MaxGate;
import nngrade.reference.backprop.MulGate;
import nngrade.reference.backprop.OffsetGate;
import nngrade.reference.backprop.SigmoidGate;
import nngrade.reference.activations.Sigmoid;

/** One-mistake gates: each is the reference gate with one method written wrong. */
public final class GateBugs {

    private GateBugs() {
    }

    /** The max gate sending dz to both inputs, like an add gate, instead of routing it. */
    public static final class MaxToBothInputs extends MaxGate {
        @Override
        public BinaryGradient backward(double x, double y, double dz) {
            return new BinaryGradient(dz, dz);
        }
    }

    /** The mul gate giving each input its own value times dz: dx = x dz instead of y dz. */
    public static final class MulNotSwitched extends MulGate {
        @Override
        public BinaryGradient backward(double x, double y, double dz) {
            return new BinaryGradient(x * dz, y * dz);
        }
    }

    /** The inv gate with the derivative of 1/x written as 1/x^2, the minus sign lost. */
    public static final class InvSignLost extends InvGate {
        @Override
        public double backward(double x, double dz) {
            return dz / (x * x);
        }
    }

    /** The sigmoid gate using sigma(x) as its local gradient instead of sigma(x)(1 - sigma(x)). */
    public static final class SigmoidDerivativeIsSigma extends SigmoidGate {
        @Override
        public double backward(double x, double dz) {
            return Sigmoid.logistic(x) * dz;
        }
    }

    /** The offset gate multiplying dz by its constant, as if it were a scale gate. */
    public static final class OffsetGradientTimesC extends OffsetGate {
        private final double c;

        public OffsetGradientTimesC(double c) {
            super(c);
            this.c = c;
        }

        @Override
        public double backward(double x, double dz) {
            return c * dz;
        }
    }

    /**
     * The exp gate in the style of a stateful layer: forward keeps its output and backward uses
     * it, ignoring the x it is given (wrong when forward last saw another x, or none at all).
     */
    public static final class ExpCachingForwardOutput extends ExpGate {
        private double lastOutput;

        @Override
        public double forward(double x) {
            lastOutput = super.forward(x);
            return lastOutput;
        }

        @Override
        public double backward(double x, double dz) {
            return lastOutput * dz;
        }
    }
}
