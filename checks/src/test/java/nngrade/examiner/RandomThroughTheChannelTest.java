package nngrade.examiner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import nngrade.problems.Solutions;
import nngrade.problems.initialization.Initializer;
import org.junit.jupiter.api.Test;

/**
 * The caller's generator through the channel means what it means in-process, including a draw
 * that is refused: {@code nextInt(0)} throws IllegalArgumentException and draws nothing, so a
 * submission that catches it (or lets it end the call) leaves the caller's generator where the
 * draws before it left it, and the examiner's replay of the host's draws must not make it again.
 * A Gaussian the caller's generator has drawn ahead is part of its state, and crosses with it.
 */
class RandomThroughTheChannelTest {

    /** Draws one int, tries a bound of 0 and catches the refusal, then draws one double. */
    static final class RefusedDraw implements Initializer {
        @Override
        public double[][] initialize(int fanOut, int fanIn, Random random) {
            double first = random.nextInt(10);
            double refused;
            try {
                refused = random.nextInt(0);
            } catch (IllegalArgumentException e) {
                refused = -1;
            }
            return new double[][] {{first, refused, random.nextDouble()}};
        }
    }

    /** Lets the refusal end the call. */
    static final class UncaughtRefusal implements Initializer {
        @Override
        public double[][] initialize(int fanOut, int fanIn, Random random) {
            random.nextInt(10);
            return new double[][] {{random.nextInt(0)}};
        }
    }

    /** Draws Gaussians around a new seed: the one drawn ahead is used first, and setSeed forgets it. */
    static final class GaussiansAroundASeed implements Initializer {
        @Override
        public double[][] initialize(int fanOut, int fanIn, Random random) {
            double first = random.nextGaussian();
            double second = random.nextGaussian();
            random.setSeed(fanIn);
            return new double[][] {{first, second, random.nextGaussian(), random.nextInt(fanOut)}};
        }
    }

    /** Seeds the generator before its first draw: the Gaussian the caller drew ahead is forgotten. */
    static final class SeedThenGaussian implements Initializer {
        @Override
        public double[][] initialize(int fanOut, int fanIn, Random random) {
            random.setSeed(fanIn);
            return new double[][] {{random.nextGaussian()}};
        }
    }

    private static Solutions serving(Initializer i) {
        return new Solutions() {
            @Override
            public Initializer zerosInit() {
                return i;
            }
        };
    }

    @Test
    void aRefusedDrawCaughtByTheSubmissionDrawsNothingOnEitherSide() {
        Random here = new Random(7);
        double[][] inProcess = new RefusedDraw().initialize(1, 3, here);
        Random there = new Random(7);
        double[][] remote;
        try (RemoteSubmission r = RemoteSubmission.loopback(serving(new RefusedDraw()))) {
            remote = r.solutions().zerosInit().initialize(1, 3, there);
        }
        assertArrayEquals(inProcess[0], remote[0]);
        assertEquals(here.nextLong(), there.nextLong(), "the caller's generator ends where it would in-process");
    }

    @Test
    void aRefusedDrawThatEndsTheCallComesBackAsItsException() {
        Random here = new Random(7);
        String inProcess = thrown(() -> new UncaughtRefusal().initialize(1, 1, here));
        Random there = new Random(7);
        String remote;
        try (RemoteSubmission r = RemoteSubmission.loopback(serving(new UncaughtRefusal()))) {
            Initializer i = r.solutions().zerosInit();
            remote = thrown(() -> i.initialize(1, 1, there));
        }
        assertEquals(inProcess, remote);
        assertEquals(here.nextLong(), there.nextLong(), "the caller's generator ends where it would in-process");
    }

    @Test
    void aGaussianDrawnAheadByTheCallerIsTheSubmissionsFirstUnlessItSetsTheSeed() {
        for (Initializer submission : List.of(new GaussiansAroundASeed(), new SeedThenGaussian())) {
            Random here = new Random(11);
            Random there = new Random(11);
            here.nextGaussian(); // draws two, keeps the second for the next call
            there.nextGaussian();
            double[][] inProcess = submission.initialize(5, 3, here);
            double[][] remote;
            try (RemoteSubmission r = RemoteSubmission.loopback(serving(submission))) {
                remote = r.solutions().zerosInit().initialize(5, 3, there);
            }
            String name = submission.getClass().getSimpleName();
            assertArrayEquals(inProcess[0], remote[0], name);
            assertEquals(here.nextGaussian(), there.nextGaussian(), name + ": the caller's generator ends where it would in-process");
            assertEquals(here.nextLong(), there.nextLong(), name);
        }
    }

    private static String thrown(Runnable r) {
        try {
            r.run();
            return "nothing thrown";
        } catch (RuntimeException e) {
            return e.getClass().getName();
        }
    }
}
