package nngrade.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import nngrade.bugs.Grading;
import nngrade.engine.GradeReport;
import org.junit.jupiter.api.Test;

/** The checks of section F accept a correct implementation written differently from the reference. */
class BabysittingVariantScoresFullMarksTest {

    static final Set<String> SECTION_F = Set.of("babysit.initial_loss", "babysit.overfit_small",
            "babysit.lr_diagnosis", "babysit.random_search", "babysit.update_ratio");

    @Test
    void theVariantPassesEverySectionFCheck() {
        GradeReport report = Grading.asInstructor(new BabysittingVariant(), SECTION_F);
        List<String> failures = report.scores().stream()
                .flatMap(s -> s.checks().stream())
                .filter(c -> !c.passed())
                .map(c -> c.problemId() + " / " + c.name() + ": " + c.summary())
                .toList();
        assertEquals(List.of(), failures);
        assertEquals(SECTION_F.size(), report.scores().size());
        assertEquals(report.possible(), report.earned(), 1e-9);
    }
}
