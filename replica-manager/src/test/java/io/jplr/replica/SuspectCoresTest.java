package io.jplr.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuspectCoresTest {
    private final SuspectCores suspects = new SuspectCores();

    @Test
    void eachImplicationAddsOneToEveryCpuItNames() {
        suspects.implicate("0-3,6");
        suspects.implicate("2");
        suspects.implicate("6");
        assertEquals(Map.of(0, 1L, 1, 1L, 2, 2L, 3, 1L, 6, 2L), suspects.counts());
        assertEquals(List.of(0, 1, 2, 3, 6), List.copyOf(suspects.counts().keySet()), "ascending by CPU");
    }

    @Test
    void countsAreASnapshotNobodyCanChange() {
        suspects.implicate("1");
        Map<Integer, Long> before = suspects.counts();
        suspects.implicate("1");
        assertEquals(1L, before.get(1));
        assertEquals(2L, suspects.counts().get(1));
        assertThrows(UnsupportedOperationException.class, () -> before.put(5, 1L));
    }

    @Test
    void aProcessAlreadyGoneImplicatesNothing() {
        suspects.implicate("");
        assertEquals(Map.of(), suspects.counts());
    }

    @Test
    void aMalformedListImplicatesNothing() {
        assertThrows(IllegalArgumentException.class, () -> suspects.implicate("0,x"));
        assertEquals(Map.of(), suspects.counts());
    }
}
