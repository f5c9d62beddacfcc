package nngrade.variants;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The checks of section E accept correct second-order methods and line searches written
 * differently from the reference (other factorizations, expanded update formulas, other storage),
 * as instructor and through the channel.
 */
class QuasiNewtonVariantsScoreFullMarksTest {

    /** Every problem {@link QuasiNewtonVariants} overrides. */
    static final Set<String> OVERRIDDEN = Set.of("newton.step", "qn.sr1_hessian", "qn.sr1_inverse",
            "qn.bfgs_hessian", "qn.bfgs_inverse", "qn.dfp_inverse", "la.sherman_morrison", "ls.golden_section",
            "opt.bfgs", "opt.lbfgs");

    @Test
    void quasiNewtonVariantsPassEverySectionECheck() {
        CorrectVariantsScoreFullMarksTest.passesEveryCheck(new QuasiNewtonVariants(), OVERRIDDEN);
    }
}
