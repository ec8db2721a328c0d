package samples.workloads;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class HorspoolSearchTest {

    private static int horspool(String text, String pattern, int from) {
        return new HorspoolSearch(pattern.getBytes(StandardCharsets.US_ASCII))
                .indexOf(text.getBytes(StandardCharsets.US_ASCII), from);
    }

    @Test
    void agreesWithStringIndexOf() {
        XorShift64 random = new XorShift64(5);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            text.append((char) ('a' + random.nextInt(4)));
        }
        String haystack = text.toString();
        for (int i = 0; i < 500; i++) {
            String pattern = random.nextWord(1, 8).replaceAll("[e-z]", "a");
            for (int from : new int[] {0, 17, 2990}) {
                assertEquals(haystack.indexOf(pattern, from), horspool(haystack, pattern, from), pattern + "@" + from);
            }
        }
    }

    @Test
    void edgeCases() {
        assertEquals(0, horspool("abc", "abc", 0));
        assertEquals(-1, horspool("ab", "abc", 0));
        assertEquals(2, horspool("xxabc", "abc", 0));
        assertEquals(-1, horspool("abcab", "abc", 1));
        assertEquals(4, horspool("aaaaa", "a", 4));
    }
}
