package samples.workloads;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PatriciaTrieTest {

    /** Brute force: the route (last inserted wins) with the longest mask matching the address. */
    private static int bruteForce(int address, int[] keys, int[] lengths, int[] ids, int count) {
        int bestLength = -1;
        int bestId = -1;
        for (int r = 0; r < count; r++) {
            int mask = PatriciaTrie.mask(lengths[r]);
            if ((address & mask) == (keys[r] & mask) && lengths[r] >= bestLength) {
                bestLength = lengths[r];
                bestId = ids[r];
            }
        }
        return bestId;
    }

    @Test
    void longestMatchAgreesWithScanningAllRoutes() {
        XorShift64 random = new XorShift64(77);
        int generated = 3000;
        int[] genKeys = new int[generated + 1];
        int[] genLengths = new int[generated + 1];
        PatriciaSample.generateRoutes(random, genKeys, genLengths);

        // Route 0 is the default; then the generated ones, awkward corners, and re-inserts.
        int extra = 12 + 200;
        int count = 1 + generated + extra;
        int[] keys = new int[count];
        int[] lengths = new int[count];
        int[] ids = new int[count];
        int n = 1;
        for (int i = 1; i <= generated; i++, n++) {
            keys[n] = genKeys[i];
            lengths[n] = genLengths[i];
            ids[n] = n;
        }
        int[][] corners = {
            {0x80000000, 1}, {0x80000000, 8}, {0x80000000, 32}, {0x00000000, 8}, {0x00000000, 32},
            {0xFFFFFFFF, 32}, {0xFFFFFFFE, 31}, {0x7FFFFFFF, 32}, {0x40000000, 2}, {0xC0000000, 2},
            {0x0A000000, 8}, {0x0A000001, 32},
        };
        for (int[] c : corners) {
            keys[n] = c[0];
            lengths[n] = c[1];
            ids[n] = n;
            n++;
        }
        for (int i = 0; i < 200; i++, n++) { // same prefix again: the new id replaces the old
            int old = 1 + random.nextInt(generated);
            keys[n] = keys[old];
            lengths[n] = lengths[old];
            ids[n] = n;
        }
        assertEquals(count, n);

        PatriciaTrie trie = new PatriciaTrie(0);
        Set<Long> distinct = new HashSet<>();
        distinct.add(0L);
        for (int r = 1; r < count; r++) {
            trie.insert(keys[r], PatriciaTrie.mask(lengths[r]), ids[r]);
            distinct.add(((long) (keys[r] & PatriciaTrie.mask(lengths[r])) << 6) | lengths[r]);
        }
        assertEquals(distinct.size(), trie.routeCount());

        for (int t = 0; t < 20000; t++) {
            int address;
            switch (t % 4) {
                case 0 -> address = random.nextInt();
                case 1 -> address = keys[random.nextInt(count)];
                case 2 -> address = keys[random.nextInt(count)] + random.nextInt(3) - 1;
                default -> address = PatriciaSample.destination(random, keys, lengths, count - 1);
            }
            int[] length = new int[1];
            int id = trie.longestMatch(address, length);
            int expected = bruteForce(address, keys, lengths, ids, count);
            assertEquals(expected, id, "address " + PatriciaSample.dotted(address));
            assertEquals(lengths[expected], length[0], "length for " + PatriciaSample.dotted(address));
        }
    }

    @Test
    void searchFindsExactlyTheInsertedHostRoutes() {
        XorShift64 random = new XorShift64(5);
        PatriciaTrie trie = new PatriciaTrie(0);
        Map<Integer, Integer> inserted = new HashMap<>();
        int[] pool = new int[2000];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = random.nextInt();
        }
        pool[0] = 0x80000000;
        pool[1] = 0;
        for (int t = 1; t <= 20000; t++) {
            int address = pool[random.nextInt(pool.length)];
            PatriciaTrie.Node found = trie.search(address);
            boolean present = inserted.containsKey(address) || address == 0;
            assertEquals(present, found.key == address, "address " + Integer.toHexString(address));
            if (!present) {
                trie.insert(address, 0xFFFFFFFF, t);
                inserted.put(address, t);
            }
        }
        for (Map.Entry<Integer, Integer> e : inserted.entrySet()) {
            assertEquals(e.getValue().intValue(), trie.get(e.getKey(), 0xFFFFFFFF, -1));
        }
    }

    @Test
    void originalSearchMissesANestedCoveringPrefixThatLongestMatchFinds() {
        PatriciaTrie trie = new PatriciaTrie(0);
        trie.insert(0x0A000001, 0xFFFFFFFF, 1); // 10.0.0.1/32
        trie.insert(0x0A010000, 0xFFFF0000, 2); // 10.1.0.0/16
        trie.insert(0x0A000000, 0xFF000000, 3); // 10.0.0.0/8
        int address = 0x0A030000; // 10.3.0.0
        assertEquals(0, trie.search(address).key); // pat_search falls back to the default route
        assertEquals(3, trie.longestMatch(address, null));
    }
}
