package io.jplr.sharedmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RegionTableTest {
    @Test
    void anEmptyTableContainsNothing() {
        RegionTable table = new RegionTable();
        assertFalse(table.mayContain(0));
        assertFalse(table.mayContain(Long.MAX_VALUE));
        assertNull(table.find(4096));
    }

    @Test
    void findsTheRegionOfAnAddressAndNothingBetweenRegions() {
        RegionTable table = new RegionTable();
        table.add(new Region(0, 10_000, 100));
        table.add(new Region(1, 50_000, 10));
        assertTrue(table.mayContain(10_000));
        assertTrue(table.mayContain(50_009));
        assertFalse(table.mayContain(50_010));
        assertFalse(table.mayContain(9_999));
        assertEquals(0, table.find(10_099).mapping());
        assertEquals(99, table.find(10_099).offsetOf(10_099));
        assertEquals(1, table.find(50_000).mapping());
        assertTrue(table.mayContain(20_000), "inside the span");
        assertNull(table.find(20_000), "but in no region");
        assertNull(table.find(10_100));
    }

    @Test
    void aRegionIsNeverEmpty() {
        assertThrows(IllegalArgumentException.class, () -> new Region(0, 4096, 0));
        assertThrows(IllegalArgumentException.class, () -> new Region(0, 0, 10));
    }
}
