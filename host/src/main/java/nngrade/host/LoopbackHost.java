package nngrade.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import nngrade.problems.Solutions;

/**
 * Serves an object of the current JVM over a channel, on a thread of its own, exactly as a host
 * JVM serves a submission: the same wire format, copies and callbacks. Tests use it to show that
 * grading through the channel gives the same result as grading in-process, for implementations
 * (the reference, the bug catalogue) that only exist as objects of the test's JVM. Never used to
 * grade submitted code, which only ever runs in a host JVM of its own.
 */
public final class LoopbackHost {

    private LoopbackHost() {
    }

    /**
     * @param examinerBell the bell the examiner sleeps on
     * @param hostBell     the bell this host sleeps on
     * @return the serving thread, started: it ends when the examiner shuts the channel down
     */
    public static Thread serve(Path channelFile, Solutions solutions, Channel.Doorbell examinerBell,
            Channel.Doorbell hostBell) {
        Thread t = new Thread(() -> {
            try (Channel channel = Channel.open(channelFile, Integer.MAX_VALUE - 16, Channel.HOST, hostBell, examinerBell)) {
                WireOutput out = new WireOutput(null);
                List<String> notStarted = NotStarted.problemsOf(solutions);
                out.begin(Wire.HELLO).writeByte(0).writeInt(notStarted.size());
                notStarted.forEach(out::writeString);
                // Stopped by an interrupt, as a host JVM is stopped by a kill.
                Channel.Patience untilInterrupted = () -> {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new Shutdown();
                    }
                };
                channel.send(out.bytes(), out.length(), untilInterrupted);
                new CallServer(channel, solutions, new CappedOutput(HostMain.OUTPUT_CAP), untilInterrupted, true, null).serve();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Shutdown e) {
                // the examiner is done
            }
        }, "nngrade-loopback-host");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** How a loopback host's serving ends: a host JVM halts instead. */
    static final class Shutdown extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
