package nngrade.reference.backprop;

import nngrade.problems.backprop.BinaryGate;
import nngrade.problems.backprop.BinaryGradient;
import nngrade.problems.backprop.DifferentiableFunction;
import nngrade.problems.backprop.UnaryGate;
import nngrade.reference.Shapes;

/**
 * graph.example_sigmoid: f(w, x) = 1/(1 + exp(-(w0 x0 + w1 x1 + w2))) on
 * v = (w0, w1, w2, x0, x1), staged exactly like the notes' circuit:
 *
 * <pre>
 *   a = w0 * x0     b = w1 * x1     c = a + b     d = c + w2
 *   e = d * (-1)    g = exp(e)      h = g + 1     f = 1 / h
 * </pre>
 *
 * and back-propagated gate by gate in reverse order. At w = (2, -3, -3), x = (-1, -2): d = 1,
 * f = 0.73, df/dd = 0.20, dw = (-0.20, -0.39, 0.20), dx = (0.39, -0.59).
 *
 * <p>Limit of the staged circuit (as of the same expression under any autograd): for
 * w0 x0 + w1 x1 + w2 below about -709, exp(-d) overflows to infinity; the value is still right
 * (0), but the exp gate's backward multiplies infinity by the 0 flowing down from the 1/h gate
 * and the gradient is NaN. The single {@link SigmoidGate} has no such limit; this class keeps
 * the notes' granularity on purpose.
 */
public class SigmoidExample implements DifferentiableFunction {

    private static final int W0 = 0;
    private static final int W1 = 1;
    private static final int W2 = 2;
    private static final int X0 = 3;
    private static final int X1 = 4;

    private final BinaryGate mul = new MulGate();
    private final BinaryGate add = new AddGate();
    private final UnaryGate negate = new ScaleGate(-1);
    private final UnaryGate exp = new ExpGate();
    private final UnaryGate plusOne = new OffsetGate(1);
    private final UnaryGate inv = new InvGate();

    /**
     * @param v (w0, w1, w2, x0, x1) (not modified)
     * @return sigma(w0 x0 + w1 x1 + w2)
     */
    @Override
    public double value(double[] v) {
        Shapes.requireLength(v, 5, "v = (w0, w1, w2, x0, x1)");
        double a = mul.forward(v[W0], v[X0]);
        double b = mul.forward(v[W1], v[X1]);
        double c = add.forward(a, b);
        double d = add.forward(c, v[W2]);
        double e = negate.forward(d);
        double g = exp.forward(e);
        double h = plusOne.forward(g);
        return inv.forward(h);
    }

    /**
     * @param v (w0, w1, w2, x0, x1) (not modified)
     * @return (df/dw0, df/dw1, df/dw2, df/dx0, df/dx1)
     */
    @Override
    public double[] gradient(double[] v) {
        Shapes.requireLength(v, 5, "v = (w0, w1, w2, x0, x1)");
        // forward pass, keeping every gate's input for the backward pass
        double a = mul.forward(v[W0], v[X0]);
        double b = mul.forward(v[W1], v[X1]);
        double c = add.forward(a, b);
        double d = add.forward(c, v[W2]);
        double e = negate.forward(d);
        double g = exp.forward(e);
        double h = plusOne.forward(g);

        // backward pass: each gate multiplies its local gradient by the gradient from above
        double dh = inv.backward(h, 1); // -1/h^2
        double dg = plusOne.backward(g, dh); // 1 * dh
        double de = exp.backward(e, dg); // e^e * dg
        double dd = negate.backward(d, de); // -1 * de
        BinaryGradient dAddW2 = add.backward(c, v[W2], dd); // distributes dd
        BinaryGradient dAddAB = add.backward(a, b, dAddW2.dx()); // distributes again
        BinaryGradient dMul0 = mul.backward(v[W0], v[X0], dAddAB.dx()); // switches: (x0, w0) da
        BinaryGradient dMul1 = mul.backward(v[W1], v[X1], dAddAB.dy()); // switches: (x1, w1) db

        double[] grad = new double[5];
        grad[W0] = dMul0.dx();
        grad[W1] = dMul1.dx();
        grad[W2] = dAddW2.dy();
        grad[X0] = dMul0.dy();
        grad[X1] = dMul1.dy();
        return grad;
    }
}
