package nngrade.checks.babysitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import nngrade.checks.support.Differences;
import nngrade.checks.support.GradientCheck;
import nngrade.checks.support.ScaledAgreement;
import nngrade.problems.babysitting.LossWithGradients;
import nngrade.problems.babysitting.TwoLayerParameters;
import nngrade.reference.babysitting.TwoLayerReluNet;
import org.junit.jupiter.api.Test;

/**
 * The checks' own network is the ground truth of every training check, so it is tested here: its
 * gradients against central differences of its loss, and its values against the reference's.
 */
class NotesNetworkTest {

    private final NotesNetwork net = new NotesNetwork();

    @Test
    void gradientsMatchCentralDifferences() {
        Random random = new Random(1);
        for (int k = 0; k < 50; k++) {
            NetworkCase c = NetworkCase.draw(random);
            double[] analytic = Parameters.flatten(net.loss(c.model(), c.data().x(), c.data().y(), c.reg()).gradients());
            GradientCheck.Estimate[] numeric = Differences.gradient(v -> net.loss(Parameters.unflatten(v, c.model()),
                    c.data().x(), c.data().y(), c.reg()).loss(), Parameters.flatten(c.model()), c.scale());
            GradientCheck.assertMatches(c.toString(), analytic, numeric);
        }
    }

    @Test
    void agreesWithTheReference() {
        Random random = new Random(2);
        TwoLayerReluNet reference = new TwoLayerReluNet();
        for (int k = 0; k < 50; k++) {
            NetworkCase c = NetworkCase.draw(random);
            LossWithGradients mine = net.loss(c.model(), c.data().x(), c.data().y(), c.reg());
            LossWithGradients theirs = reference.loss(c.model(), c.data().x(), c.data().y(), c.reg());
            ScaledAgreement.agrees("loss of " + c, theirs.loss(), mine.loss(), c.scale());
            ScaledAgreement.agrees("gradients of " + c, Parameters.flatten(theirs.gradients()),
                    Parameters.flatten(mine.gradients()), c.scale());
            ScaledAgreement.agrees("scores of " + c, reference.scores(c.model(), c.data().x()),
                    net.scores(c.model(), c.data().x()), c.scale());
        }
    }

    @Test
    void flattenAndUnflattenAreInverse() {
        TwoLayerParameters p = Models.gaussian(3, 4, 5, 1, 1, 1, new Random(3));
        double[] v = Parameters.flatten(p);
        assertEquals(3 * 4 + 4 + 4 * 5 + 5, v.length);
        assertTrue(java.util.Arrays.equals(v, Parameters.flatten(Parameters.unflatten(v, p))));
        assertEquals("W1[1][2]", Parameters.name(p, 5));
        assertEquals("b1[0]", Parameters.name(p, 12));
        assertEquals("W2[1][0]", Parameters.name(p, 20));
        assertEquals("b2[4]", Parameters.name(p, v.length - 1));
    }
}
