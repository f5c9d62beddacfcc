package nngrade.variants;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The checks of section B accept correct activations written differently from the reference
 * (other formulas, derivatives from the output, summation orders and subgradients at the kinks),
 * as instructor and through the channel.
 */
class ActivationVariantsScoreFullMarksTest {

    static final Set<String> OVERRIDDEN = Set.of("act.step", "act.sigmoid", "act.tanh", "act.relu",
            "act.softplus", "act.leaky_relu", "act.prelu", "act.maxout", "act.elu", "act.celu", "act.selu",
            "act.gelu", "act.gelu_sigmoid", "act.swish", "act.silu", "act.hardswish", "act.glu", "act.bilinear",
            "act.reglu", "act.geglu", "act.swiglu");

    @Test
    void activationVariantsPassEverySectionBCheck() {
        CorrectVariantsScoreFullMarksTest.passesEveryCheck(new ActivationVariants(), OVERRIDDEN);
    }
}
