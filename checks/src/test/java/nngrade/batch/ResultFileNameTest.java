package nngrade.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** No two ids share a result file, every name is a safe, short file name, and plain ids stay readable. */
class ResultFileNameTest {

    private static final String LONG = "x".repeat(240);

    /** Ids that a replacement of unsafe characters by '_' used to merge, and ids long enough to need a cut. */
    private static final List<String> IDS = List.of("a b", "a_b", "a~b", "a%20b", "a%b", "a+b", "Doe, Jane", "Doe_ Jane",
            "Doe__Jane", "José Núñez", "Jos__N__ez", "jane~doe", "jane_doe", ".hidden", "%2Ehidden", "bob", "Bob",
            "bob.zip", "a/b", "a\\b", "..", "tab\there", "new\nline", LONG, LONG + "y", LONG + "z", "x" + LONG,
            "é".repeat(120), "é".repeat(121), LONG.substring(0, 183) + "~0123456789abcdef");

    @Test
    void distinctIdsGetDistinctNames() {
        Set<String> names = new HashSet<>();
        for (String id : IDS) {
            assertTrue(names.add(ResultFileName.of(id)), "two ids share " + ResultFileName.of(id));
        }
    }

    @Test
    void everyNameIsASafeShortFileName() {
        for (String id : IDS) {
            String name = ResultFileName.of(id);
            assertTrue(name.matches("[A-Za-z0-9_.%~-]+\\.json"), name);
            assertTrue(name.length() <= ResultFileName.MAX_LENGTH + ".json".length(), name.length() + ": " + name);
            assertTrue(!name.startsWith("."), name);
        }
    }

    @Test
    void plainIdsAreTheirOwnNames() {
        assertEquals("alice.json", ResultFileName.of("alice"));
        assertEquals("Doe%2C%20Jane.json", ResultFileName.of("Doe, Jane"));
        assertEquals("Jos%C3%A9.json", ResultFileName.of("José"));
    }
}
