package nngrade.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * How a submission's own JVM was reached and confined: the figures and layers a result records in
 * extra_data ("channel", "confinement").
 *
 * @param calls            calls the checks made into the submission
 * @param callbacks        calls the submission made back into the checks' objects
 * @param bytes            bytes that crossed the channel, both ways
 * @param hostRestarts     submission JVMs started again after one was lost (a timeout, a crash)
 * @param examinerCpuMillis CPU time of the examiner on this submission
 * @param exchanges        messages the examiner sent to the submission's JVM, each awaiting an answer:
 *                         calls alone, batches of calls ({@code nngrade.checks.support.Batch}), ends of checks
 * @param speculated       checks whose calls the host answered ahead, in one exchange
 *                         ({@code nngrade.examiner.Speculation})
 * @param reruns           of those, checks that asked something else and were run again live
 * @param hostCpuMillis    CPU time of the submission's JVMs (every one started for it), as the
 *                         examiner read it from the kernel; 0 where it cannot
 * @param callsStopped     calls past their CPU budget that the submission's JVM stopped when asked,
 *                         serving on ({@code nngrade.host.CallStopper}); the others cost a restart
 * @param confinement      what confined the submission's JVM, in words
 */
public record ChannelUsage(long calls, long callbacks, long bytes, long hostRestarts, long examinerCpuMillis,
        long exchanges, long speculated, long reruns, long hostCpuMillis, long callsStopped,
        List<String> confinement) {

    /** No JVM of the submission ran (it did not compile, say). */
    public static final ChannelUsage NONE = new ChannelUsage(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of());

    public ChannelUsage {
        confinement = List.copyOf(confinement);
    }

    void writeTo(ObjectNode extra) {
        ObjectNode channel = extra.putObject("channel");
        channel.put("calls", calls);
        channel.put("callbacks", callbacks);
        channel.put("bytes", bytes);
        channel.put("host_restarts", hostRestarts);
        channel.put("examiner_cpu_ms", examinerCpuMillis);
        channel.put("exchanges", exchanges);
        channel.put("speculated_checks", speculated);
        channel.put("reruns", reruns);
        channel.put("host_cpu_ms", hostCpuMillis);
        channel.put("calls_stopped", callsStopped);
        ArrayNode layers = extra.putArray("confinement");
        confinement.forEach(layers::add);
    }
}
