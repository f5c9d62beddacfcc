package nngrade.examiner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nngrade.host.Wire;
import nngrade.host.WireInput;
import nngrade.host.WireOutput;
import org.junit.jupiter.api.Test;

/**
 * Arrays of double and double[][] travel without their type's name ({@link Wire#DOUBLES},
 * {@link Wire#DOUBLE_ROWS}): they must still come back as written, shared rows still shared,
 * ragged and null rows still there, and a reader must still refuse what is not of the declared type.
 */
class WireArraysTest {

    @Test
    void matricesComeBackWithTheirValuesShapeAndSharedRows() {
        double[] shared = {1.5, -0.0, Double.NaN, Double.MIN_VALUE};
        double[][] m = {shared, {}, null, shared, new double[40]}; // short, empty, null, repeated and long rows
        m[4][39] = Double.NEGATIVE_INFINITY;
        int[][] counts = {{1, 2}, {3}}; // other arrays still carry their type's name

        WireOutput out = new WireOutput(null);
        out.begin(Wire.CALL).writeValue(m, double[][].class).writeValue(counts, int[][].class)
                .writeValue(shared, double[].class);
        WireInput in = new WireInput(null).begin(out.bytes().clone(), out.length());
        in.readByte();
        double[][] back = (double[][]) in.readValue(double[][].class);
        int[][] countsBack = (int[][]) in.readValue(int[][].class);
        double[] sharedBack = (double[]) in.readValue(double[].class);

        assertEquals(m.length, back.length);
        for (int r = 0; r < m.length; r++) {
            assertArrayEquals(m[r], back[r], "row " + r);
        }
        assertNull(back[2]);
        assertSame(back[0], back[3], "a row written twice is one array on the other side");
        assertSame(back[0], sharedBack, "and so is the same array met again in the message");
        assertArrayEquals(counts, countsBack);
        assertEquals(List.of(back, back[0], back[1], back[4], countsBack, countsBack[0], countsBack[1]),
                in.arrays(), "arrays are numbered in the order written, as replies refer to them");
    }

    @Test
    void aMatrixIsRefusedWhereAVectorIsDeclaredAndARowMustBeAnArrayOfDouble() {
        WireOutput out = new WireOutput(null);
        out.begin(Wire.CALL).writeValue(new double[][] {{1}}, double[][].class);
        WireInput in = new WireInput(null).begin(out.bytes().clone(), out.length());
        in.readByte();
        assertThrows(IllegalStateException.class, () -> in.readValue(double[].class));

        WireOutput forged = new WireOutput(null); // DOUBLE_ROWS whose one row is a string
        forged.begin(Wire.CALL).writeByte(Wire.DOUBLE_ROWS).writeInt(1).writeValue("row", String.class);
        WireInput forgedIn = new WireInput(null).begin(forged.bytes().clone(), forged.length());
        forgedIn.readByte();
        assertThrows(IllegalStateException.class, () -> forgedIn.readValue(double[][].class));
    }
}
