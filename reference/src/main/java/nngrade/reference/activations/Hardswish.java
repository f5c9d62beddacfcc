package nngrade.reference.activations;

/**
 * act.hardswish (torch.nn.Hardswish): x ReLU6(x + 3)/6, that is 0 for x &lt;= -3, x for
 * x &gt;= 3 and x (x + 3)/6 in between; a piecewise-quadratic swish without exponentials.
 *
 * <p>Derivative: 0 below -3, 1 above 3, (2x + 3)/6 in between. At the kinks, whose
 * subdifferentials are [-1/2, 0] at x = -3 and [1, 3/2] at x = 3, it takes the value of the
 * outer branch the forward pass uses there: 0 at x = -3 and 1 at x = 3. That is the convention
 * of torch.nn.Hardswish's documentation and of PyTorch since 2.7 (pytorch/pytorch#147801);
 * PyTorch 1.13 returns -1/2 at -3, and 3/2 or 1 at 3 depending on the element's position in the
 * tensor. (2x + 3)/6 is used rather than PyTorch's equivalent x/3 + 1/2 because it does not
 * cancel near the derivative's zero at x = -3/2.
 */
public class Hardswish extends ElementwiseActivation {

    /** @return 0 if x &lt;= -3, x if x &gt;= 3, x (x + 3)/6 otherwise */
    @Override
    public double value(double x) {
        if (x <= -3) {
            return 0;
        }
        if (x >= 3) {
            return x;
        }
        return x * (x + 3) / 6;
    }

    /** @return 0 if x &lt;= -3, 1 if x &gt;= 3, (2x + 3)/6 otherwise */
    @Override
    public double derivative(double x) {
        if (x <= -3) {
            return 0;
        }
        if (x >= 3) {
            return 1;
        }
        return (2 * x + 3) / 6;
    }
}
