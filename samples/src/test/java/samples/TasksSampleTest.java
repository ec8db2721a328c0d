package samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The task-heavy probe's sums, against the same sums computed one term after another. */
class TasksSampleTest {
    @Test
    void theTasksComputeWhatASequentialLoopComputes() throws Exception {
        long terms = 64L << 12;
        long sequential = 0;
        for (long i = 0; i < terms; i++) {
            sequential += mix(i);
        }
        int chains = 200;
        long chained = 0;
        for (long k = 0; k < chains; k++) {
            chained += mix(mix(k)) + mix(k + chains);
        }
        String expected = "fork-join sum of " + terms + " terms in 4096 leaves: " + sequential + "\n"
                + "parallel stream sum: " + sequential + "\n"
                + "stage chains: " + chains + ", sum " + chained + "\n";
        assertEquals(expected, new String(SampleOutput.capture("tasks", Size.SMALL), StandardCharsets.UTF_8));
    }

    /** MurmurHash3's 64-bit finalizer, written out again here. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
