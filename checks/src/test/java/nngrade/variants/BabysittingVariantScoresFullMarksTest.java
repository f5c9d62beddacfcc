package nngrade.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import nngrade.engine.GradeReport;
import org.junit.jupiter.api.Test;

/** The checks of section F accept a correct implementation written differently from the reference. */
class BabysittingVariantScoresFullMarksTest {

    static final Set<String> SECTION_F = Set.of("babysit.initial_loss", "babysit.overfit_small",
            "babysit.lr_diagnosis", "babysit.random_search", "babysit.update_ratio");

    @Test
    void theVariantPassesEverySectionFCheck() {
        GradeReport report = CorrectVariantsScoreFullMarksTest.passesEveryCheck(new BabysittingVariant(), SECTION_F);
        assertEquals(report.possible(), report.earned(), 1e-9);
    }
}
