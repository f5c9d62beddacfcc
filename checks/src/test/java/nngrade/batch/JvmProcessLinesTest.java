package nngrade.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a helper JVM says reaches the parent line by line, whatever the reader's buffer makes of
 * it: lines that straddle buffers whole, characters of several bytes intact, a line of exactly
 * {@link JvmProcess#MAX_LINE} characters kept, a longer one dropped whole without taking its
 * neighbours with it, and an unfinished last line dropped.
 */
class JvmProcessLinesTest {

    /** The lines {@link Speaker} prints, each ending in a newline but the last. */
    static List<String> said() {
        List<String> said = new ArrayList<>();
        said.add("{\"kind\":\"start\"}");
        said.add("é€".repeat(7_000)); // 2- and 3-byte characters across the reader's buffers
        said.add("x".repeat(JvmProcess.MAX_LINE)); // at the cap: kept
        said.add("y".repeat(JvmProcess.MAX_LINE + 1)); // over it: dropped
        said.add("");
        said.add("z".repeat(20_000));
        said.add("after");
        return said;
    }

    /** Prints {@link #said()}, then a last line with no newline. */
    public static final class Speaker {
        public static void main(String[] args) {
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            said().forEach(out::println);
            out.print("unfinished");
            out.flush();
        }
    }

    @Test
    void linesArriveWholeAndOverlongOnesAreDropped() throws Exception {
        List<String> heard = new ArrayList<>();
        try (JvmProcess speaker = JvmProcess.start(Speaker.class, List.of("-Xshare:auto"))) {
            while (speaker.alive()) {
                String line = speaker.next(100);
                if (line != null) {
                    heard.add(line);
                }
            }
        }
        List<String> expected = new ArrayList<>(said());
        expected.remove(3);
        assertEquals(expected.size(), heard.size(), "lines heard");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), heard.get(i), "line " + i);
        }
    }
}
