package nngrade.bugs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import nngrade.engine.CheckResult;
import nngrade.engine.GradeRequest;
import nngrade.engine.Grader;
import nngrade.problems.Catalogue;
import nngrade.problems.Solutions;
import nngrade.reference.ReferenceSolutions;
import org.junit.jupiter.api.Test;

/**
 * act.selu's "is self normalizing" draws 10^5 N(0, 1) samples and accepts by a bound whose
 * false-failure probability is at most 1e-6 (SeluChecks.SAMPLES states it). Over fixed seeds the
 * reference passes it at every one and the SELU with its two constants swapped fails it at every
 * one: the sample is large enough to tell them apart whatever the draw.
 */
class SeluSelfNormalizingSeedsTest {

    private static final Grader GRADER = new Grader(Catalogue.load());
    private static final String CHECK = "is self normalizing";
    private static final List<Long> SEEDS = LongStream.rangeClosed(1, 20).boxed().toList();

    @Test
    void theReferencePassesAtEverySeed() {
        assertEquals(SEEDS.size(), passesAt(ReferenceSolutions::new));
    }

    @Test
    void swappedConstantsFailAtEverySeed() {
        Bug swapped = SectionBBugs.all().stream().filter(b -> b.name().equals("bug-selu-constants-swapped"))
                .findFirst().orElseThrow();
        assertEquals(0, passesAt(swapped.submission()));
    }

    /** @return at how many of the seeds the check passes */
    private static long passesAt(Supplier<Solutions> submission) {
        return SEEDS.stream().filter(seed -> outcome(submission.get(), seed).passed()).count();
    }

    private static CheckResult outcome(Solutions submission, long seed) {
        return GRADER.grade(new GradeRequest(submission, new ReferenceSolutions(), Set.of("act.selu"), seed, true,
                        GradeRequest.DEFAULT_CHECK_TIMEOUT))
                .scores().stream()
                .flatMap(s -> s.checks().stream())
                .filter(c -> c.name().equals(CHECK))
                .findFirst().orElseThrow(() -> new AssertionError("act.selu has no check named '" + CHECK + "'"));
    }
}
