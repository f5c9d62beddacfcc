package nngrade.variants;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The checks of section C accept correct implementations written differently from the reference
 * (other draw orders where the contract leaves them free, other formulas and summation orders), as
 * instructor and through the channel.
 */
class SectionCVariantsScoreFullMarksTest {

    static final Set<String> SECTION_C = Set.of("pre.center", "pre.pca", "pre.whiten", "init.zeros",
            "init.small_random", "init.unit_random", "init.lecun", "init.xavier_uniform", "init.xavier_normal",
            "init.kaiming_uniform", "init.kaiming_normal", "init.gain", "stat.var_product", "norm.batchnorm",
            "norm.layernorm", "reg.dropout", "reg.dropout_classic", "avg.ema", "avg.polyak", "aug.hflip",
            "aug.crop", "aug.jitter");

    @Test
    void sectionCVariantsPassEveryCheck() {
        CorrectVariantsScoreFullMarksTest.passesEveryCheck(new SectionCVariants(), SECTION_C);
    }
}
