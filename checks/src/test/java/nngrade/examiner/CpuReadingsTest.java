package nngrade.examiner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The host's CPU time is read every {@value HostConnection#CPU_POLL_MILLIS} ms while a budget has
 * room, and sooner as it runs out: no sooner than the budget could be spent with every core busy,
 * so that a loop is stopped close to its budget without the readings costing more than it saves.
 */
class CpuReadingsTest {

    private static final long MS = 1_000_000;

    @Test
    void aBudgetWithRoomIsReadAtTheUsualPeriod() {
        assertEquals(HostConnection.CPU_POLL_MILLIS, HostConnection.nextReading(1_000 * MS, 2));
        assertEquals(HostConnection.CPU_POLL_MILLIS, HostConnection.nextReading(Long.MAX_VALUE, 2));
    }

    @Test
    void aBudgetRunningOutIsReadWhenAllCoresCouldHaveSpentIt() {
        assertEquals(20, HostConnection.nextReading(40 * MS, 2));
        assertEquals(40, HostConnection.nextReading(40 * MS, 1));
        assertEquals(10, HostConnection.nextReading(40 * MS, 4));
    }

    @Test
    void readingsAreNeverCloserThanTheKernelsTicksCanTell() {
        assertEquals(HostConnection.MIN_CPU_POLL_MILLIS, HostConnection.nextReading(4 * MS, 2));
        assertEquals(HostConnection.MIN_CPU_POLL_MILLIS, HostConnection.nextReading(0, 2));
        assertEquals(HostConnection.MIN_CPU_POLL_MILLIS, HostConnection.nextReading(-3 * MS, 2));
    }
}
