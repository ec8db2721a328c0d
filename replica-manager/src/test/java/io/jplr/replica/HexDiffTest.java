package io.jplr.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HexDiffTest {
    private static byte[] counting(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    @Test
    void equalArraysHaveNoDifferenceAndEmptyWindows() {
        Map<String, Object> diff = HexDiff.of(counting(100), counting(100), 16);
        assertEquals(100, diff.get("expectedLength"));
        assertEquals(100, diff.get("actualLength"));
        assertEquals(-1, diff.get("firstDifference"));
        assertEquals(0, diff.get("differingBytes"));
        assertEquals(0, diff.get("windowOffset"));
        assertEquals("", diff.get("expected"));
        assertEquals("", diff.get("actual"));
    }

    @Test
    void keysComeInTheDocumentedOrder() {
        assertEquals(List.of("expectedLength", "actualLength", "firstDifference", "differingBytes",
                "windowOffset", "expected", "actual"), List.copyOf(HexDiff.of(new byte[1], new byte[2], 8).keySet()));
    }

    @Test
    void windowStartsAQuarterWindowBeforeTheFirstDifference() {
        byte[] expected = counting(100);
        byte[] actual = counting(100);
        actual[50] = (byte) 0xee;
        actual[90] = (byte) 0xee;
        Map<String, Object> diff = HexDiff.of(expected, actual, 8);
        assertEquals(50, diff.get("firstDifference"));
        assertEquals(2, diff.get("differingBytes"));
        assertEquals(48, diff.get("windowOffset"));
        assertEquals("3031323334353637", diff.get("expected"));
        assertEquals("3031ee3334353637", diff.get("actual"));
    }

    @Test
    void windowIsClampedAtTheStartAndAtEachArraysEnd() {
        byte[] expected = {1, 2, 3};
        byte[] actual = {9, 2};
        Map<String, Object> diff = HexDiff.of(expected, actual, 64);
        assertEquals(0, diff.get("firstDifference"));
        assertEquals(0, diff.get("windowOffset"));
        assertEquals(2, diff.get("differingBytes"), "one differing byte plus one missing");
        assertEquals("010203", diff.get("expected"));
        assertEquals("0902", diff.get("actual"));
    }

    @Test
    void aPrefixDiffersAtTheShorterLength() {
        byte[] expected = counting(10);
        byte[] actual = counting(4);
        Map<String, Object> diff = HexDiff.of(expected, actual, 4);
        assertEquals(4, diff.get("firstDifference"));
        assertEquals(6, diff.get("differingBytes"));
        assertEquals(3, diff.get("windowOffset"));
        assertEquals("03040506", diff.get("expected"));
        assertEquals("03", diff.get("actual"));
    }

    @Test
    void largeInputsGiveWindowSizedHex() {
        byte[] expected = new byte[10_000_000];
        byte[] actual = new byte[10_000_001];
        actual[5_000_000] = 1;
        Map<String, Object> diff = HexDiff.of(expected, actual, 32);
        assertEquals(5_000_000, diff.get("firstDifference"));
        assertEquals(2, diff.get("differingBytes"));
        assertEquals(64, ((String) diff.get("expected")).length());
        assertEquals(64, ((String) diff.get("actual")).length());
    }

    @Test
    void isReadOnlyAndRejectsANegativeWindow() {
        Map<String, Object> diff = HexDiff.of(new byte[1], new byte[1], 4);
        assertThrows(UnsupportedOperationException.class, () -> diff.put("x", 1));
        assertThrows(IllegalArgumentException.class, () -> HexDiff.of(new byte[1], new byte[1], -1));
    }
}
