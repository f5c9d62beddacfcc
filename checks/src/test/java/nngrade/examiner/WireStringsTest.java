package nngrade.examiner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import nngrade.host.WireInput;
import nngrade.host.WireOutput;
import org.junit.jupiter.api.Test;

/**
 * Strings read back are the strings written, whatever the reader recalls of earlier messages: it
 * keeps the last few short ones to skip decoding them again, and strings that share its slots,
 * have the same length, or are too long to keep must all come back as written.
 */
class WireStringsTest {

    @Test
    void everyStringReadIsTheOneWrittenAcrossMessages() {
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            strings.add("nngrade.problems.activations.Activation#forward([D)" + i); // more than the slots
        }
        strings.add("ab");
        strings.add("ba"); // same length and bytes in another order
        strings.add("x".repeat(300)); // longer than what is kept
        strings.add("Größe λ 名前");
        strings.add("");
        WireInput in = new WireInput(null);
        for (int round = 0; round < 3; round++) { // later rounds meet what earlier ones left
            WireOutput out = new WireOutput(null);
            out.begin((byte) 1);
            strings.forEach(out::writeString);
            for (int i = strings.size() - 1; i >= 0; i--) {
                out.writeString(strings.get(i));
            }
            in.begin(out.bytes().clone(), out.length());
            in.readByte();
            for (String s : strings) {
                assertEquals(s, in.readString());
            }
            for (int i = strings.size() - 1; i >= 0; i--) {
                assertEquals(strings.get(i), in.readString());
            }
        }
    }
}
