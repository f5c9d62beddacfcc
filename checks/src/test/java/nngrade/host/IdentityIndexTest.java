package nngrade.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A message's arrays numbered by identity: by scanning up to {@link IdentityIndex#SCAN}, by a map past it, alike. */
public class IdentityIndexTest {

    /** Equal contents, distinct arrays: only identity may match. */
    private static List<Object> arrays(int n) {
        List<Object> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(new double[] {1.0});
        }
        return all;
    }

    @Test
    void eachArrayHasTheNumberOfItsPlaceOnEitherSideOfTheScanLimit() {
        for (int n : new int[] {0, 1, IdentityIndex.SCAN - 1, IdentityIndex.SCAN, IdentityIndex.SCAN + 1, 100}) {
            List<Object> all = arrays(n);
            IdentityIndex index = new IdentityIndex();
            for (int i = 0; i < n; i++) {
                assertEquals(i, index.add(all.get(i)));
            }
            for (int i = 0; i < n; i++) {
                assertEquals(i, index.numberOf(all.get(i)), n + " arrays, number " + i);
            }
            assertEquals(-1, index.numberOf(new double[] {1.0}), "an equal array that was not added");
            assertEquals(n, index.size());
            List<Object> listed = index.toList();
            for (int i = 0; i < n; i++) {
                assertSame(all.get(i), listed.get(i));
            }
        }
    }

    @Test
    void clearingAndResettingForgetsWhatWasThere() {
        List<Object> first = arrays(IdentityIndex.SCAN + 5);
        IdentityIndex index = new IdentityIndex();
        index.reset(first);
        assertEquals(IdentityIndex.SCAN + 4, index.numberOf(first.get(IdentityIndex.SCAN + 4)));
        List<Object> second = arrays(3);
        index.reset(second);
        assertEquals(-1, index.numberOf(first.get(0)), "an array of the last message");
        assertEquals(-1, index.numberOf(first.get(IdentityIndex.SCAN + 4)), "one the map held");
        assertEquals(2, index.numberOf(second.get(2)));
        index.clear();
        assertEquals(-1, index.numberOf(second.get(0)));
        assertEquals(List.of(), index.toList());
    }
}
