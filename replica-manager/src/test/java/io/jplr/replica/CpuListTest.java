package io.jplr.replica;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CpuListTest {
    private static void rejected(String text, String because) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CpuPlacement.parseList(text));
        assertTrue(e.getMessage().contains(because), e.getMessage());
    }

    @Test
    void parsesSingleCpusAndRanges() {
        assertArrayEquals(new int[] {0}, CpuPlacement.parseList("0"));
        assertArrayEquals(new int[] {0, 2, 4, 5, 6}, CpuPlacement.parseList("0,2,4-6"));
        assertArrayEquals(new int[] {3}, CpuPlacement.parseList("3-3"));
        assertArrayEquals(new int[] {1, 7, 8}, CpuPlacement.parseList(" 1 , 7-8 "));
        assertArrayEquals(new int[] {8191}, CpuPlacement.parseList("8191"));
    }

    @Test
    void rejectsWhatIsNotACpuList() {
        rejected("", "not a CPU number");
        rejected("0,", "not a CPU number");
        rejected("a", "not a CPU number");
        rejected("1.5", "not a CPU number");
        rejected("+1", "not a CPU number");
        rejected("0-", "not a CPU number");
        rejected("0-2-4", "not a CPU or a range");
    }

    @Test
    void rejectsNegativeCpus() {
        rejected("-1", "negative CPU '-1'");
        rejected("0,-3", "negative CPU '-3'");
    }

    @Test
    void rejectsDescendingRanges() {
        rejected("6-4", "descending range '6-4'");
    }

    @Test
    void rejectsRepeatedAndOutOfOrderCpus() {
        rejected("1,1", "CPU 1 repeated or out of order");
        rejected("0-3,2", "CPU 2 repeated or out of order");
        rejected("4,2", "CPU 2 repeated or out of order");
    }

    @Test
    void rejectsCpusNoKernelHas() {
        rejected("8192", "beyond Linux's 8192 CPUs");
        rejected("0-99999999999", "beyond Linux's 8192 CPUs");
    }
}
