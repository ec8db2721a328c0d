package samples.workloads;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BitCountSampleTest {

    @Test
    void everyMethodAgreesWithIntegerBitCount() {
        XorShift64 random = new XorShift64(11);
        int[] edges = {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 0x0F0F0F0F, 0x80000001};
        for (BitCountSample.Method method : BitCountSample.METHODS) {
            for (int x : edges) {
                assertEquals(Integer.bitCount(x), method.count().applyAsInt(x), method.title() + " " + x);
            }
            for (int i = 0; i < 10_000; i++) {
                int x = random.nextInt();
                assertEquals(Integer.bitCount(x), method.count().applyAsInt(x), method.title() + " " + x);
            }
        }
    }
}
