package nngrade.examiner;

import java.util.List;
import java.util.Random;
import nngrade.host.DrawnValues;
import nngrade.host.Wire;
import nngrade.host.WireInput;

/**
 * Replays on the caller's own generators the draws the submission made from their mirrors in
 * its JVM, so that each generator ends where an in-process call would have left it; a
 * {@link DrawnValues} moves on to the count its mirror reached. The log comes from an untrusted
 * process: its kinds are checked and its total size bounded.
 */
final class DrawReplay {

    /** More draws than this in one call is not a grading run but an attack on the examiner's time. */
    static final long MAX_DRAWS = 100_000_000L;
    private static final int MAX_BYTES = 1 << 20;

    private DrawReplay() {
    }

    /** @param mirrored the call's plain generators and drawn values, in the order they were sent; modified */
    static void replay(WireInput in, List<Object> mirrored) {
        int n = in.readInt();
        if (n != mirrored.size()) {
            throw new IllegalStateException(n + " draw logs for " + mirrored.size() + " generators");
        }
        long total = 0;
        for (Object m : mirrored) {
            if (m instanceof DrawnValues d) {
                long reached = in.readLong();
                if (reached < d.drawn() || reached - d.drawn() > MAX_DRAWS - total) {
                    throw new IllegalStateException("an implausible count of drawn values (" + reached + ")");
                }
                total += reached - d.drawn();
                d.advanceTo(reached);
                continue;
            }
            Random r = (Random) m;
            int entries = in.readInt();
            for (int e = 0; e < entries; e++) {
                byte kind = in.readByte();
                long argument = in.readLong();
                int count = in.readInt();
                total += count;
                if (count < 1 || total > MAX_DRAWS) {
                    throw new IllegalStateException("an implausible draw log (" + count + " draws)");
                }
                for (int i = 0; i < count; i++) {
                    draw(r, kind, argument);
                }
            }
        }
    }

    private static void draw(Random r, byte kind, long argument) {
        switch (kind) {
            case Wire.DRAW_INT -> r.nextInt();
            case Wire.DRAW_INT_BOUNDED -> {
                if (argument <= 0 || argument > Integer.MAX_VALUE) {
                    throw new IllegalStateException("a draw bounded by " + argument);
                }
                r.nextInt((int) argument);
            }
            case Wire.DRAW_LONG -> r.nextLong();
            case Wire.DRAW_BOOLEAN -> r.nextBoolean();
            case Wire.DRAW_FLOAT -> r.nextFloat();
            case Wire.DRAW_DOUBLE -> r.nextDouble();
            case Wire.DRAW_GAUSSIAN -> r.nextGaussian();
            case Wire.DRAW_BYTES -> {
                if (argument < 0 || argument > MAX_BYTES) {
                    throw new IllegalStateException("a draw of " + argument + " bytes");
                }
                r.nextBytes(new byte[(int) argument]);
            }
            case Wire.SET_SEED -> r.setSeed(argument);
            default -> throw new IllegalStateException("unknown draw " + kind);
        }
    }
}
