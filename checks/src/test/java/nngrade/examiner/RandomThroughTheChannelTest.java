package nngrade.examiner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import nngrade.problems.Solutions;
import nngrade.problems.initialization.Initializer;
import org.junit.jupiter.api.Test;

/**
 * The caller's generator through the channel means what it means in-process, including a draw
 * that is refused: {@code nextInt(0)} throws IllegalArgumentException and draws nothing, so a
 * submission that catches it (or lets it end the call) leaves the caller's generator where the
 * draws before it left it, and the examiner's replay of the host's draws must not make it again.
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

    private static String thrown(Runnable r) {
        try {
            r.run();
            return "nothing thrown";
        } catch (RuntimeException e) {
            return e.getClass().getName();
        }
    }
}
