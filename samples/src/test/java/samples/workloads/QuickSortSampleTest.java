package samples.workloads;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class QuickSortSampleTest {

    @Test
    void sortsLikeArraysSort() {
        for (int n : new int[] {0, 1, 2, 11, 12, 13, 100, 5000}) {
            String[] words = QuickSortSample.generate(n);
            String[] expected = words.clone();
            Arrays.sort(expected);
            QuickSortSample.sort(words);
            assertArrayEquals(expected, words, "n=" + n);
        }
    }

    @Test
    void handlesDuplicatesAndSortedInput() {
        String[] same = new String[1000];
        Arrays.fill(same, "x");
        QuickSortSample.sort(same);
        String[] sorted = QuickSortSample.generate(2000);
        Arrays.sort(sorted);
        String[] copy = sorted.clone();
        QuickSortSample.sort(copy);
        assertArrayEquals(sorted, copy);
        String[] reversed = new String[2000];
        for (int i = 0; i < reversed.length; i++) {
            reversed[i] = sorted[sorted.length - 1 - i];
        }
        QuickSortSample.sort(reversed);
        assertArrayEquals(sorted, reversed);
    }
}
