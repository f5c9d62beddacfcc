package nngrade.examiner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * The plain lines an examiner tells a check's start and a textless end with reach the parent as
 * the JSON events they stand for, keys with spaces and slashes whole; anything else is not taken
 * for one.
 */
class ExaminerEventLinesTest {

    private static final String KEY = "act.relu/backward matches central differences of forward";

    @Test
    void aStartLineGivesItsKey() {
        assertEquals(KEY, ExaminerEvent.startedCheck(ExaminerEvent.startLine(KEY)));
    }

    @Test
    void anEndLineGivesTheEndEventWithNoText() {
        ExaminerEvent e = ExaminerEvent.ended(ExaminerEvent.endLine(KEY, "PASSED", 137));
        assertEquals("end", e.kind());
        assertEquals(KEY, e.key());
        assertEquals("PASSED", e.status());
        assertEquals(137, e.millis());
        assertEquals("", e.summary());
        assertEquals("", e.detail());
    }

    @Test
    void otherLinesAreNotTakenForStartsOrEnds() {
        for (String line : new String[] {"{\"kind\":\"end\",\"key\":\"a/b\"}", "starting", "end", "end PASSED",
            "end PASSED twelve a/b", "ended PASSED 1 a/b", ""}) {
            assertNull(ExaminerEvent.startedCheck(line), line);
            assertNull(ExaminerEvent.ended(line), line);
        }
    }
}
