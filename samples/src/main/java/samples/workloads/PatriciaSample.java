package samples.workloads;

import java.io.PrintStream;
import java.util.Locale;

import samples.Category;
import samples.Sample;
import samples.Size;

/**
 * MiBench network/patricia. Part one is the original driver: it reads a packet trace of
 * (time, address) pairs, looks each address up and inserts it as a host route when it is not
 * there yet, printing a line for each address found. Part two builds a routing table of
 * generated prefixes (mostly /16 to /24, some nested in others) and resolves generated
 * destination addresses by longest-prefix match. The trace and the table are generated.
 */
public final class PatriciaSample implements Sample {

    private static final long SEED = 0x9A7_121CL;
    private static final int DEFAULT_ROUTE = 0;
    private static final int PRINTED_FOUND = 8;
    private static final int PRINTED_LOOKUPS = 10;

    @Override
    public String name() {
        return "patricia";
    }

    @Override
    public Category category() {
        return Category.NETWORK;
    }

    @Override
    public String description() {
        return "PATRICIA trie of IPv4 routes: trace inserts and longest-prefix lookups (MiBench patricia)";
    }

    @Override
    public void run(Size size, String[] args, PrintStream out) {
        XorShift64 random = new XorShift64(SEED);
        trace(out, random, size.pick(20_000, 400_000));
        routes(out, random, size.pick(4_000, 100_000), size.pick(40_000, 1_000_000));
    }

    /** The original's main loop over a trace of host addresses with repeats. */
    private static void trace(PrintStream out, XorShift64 random, int packets) {
        PatriciaTrie trie = new PatriciaTrie(DEFAULT_ROUTE);
        int[] recent = new int[512];
        int recentCount = 0;
        long micros = 0;
        int found = 0;
        int inserted = 0;
        Crc32 crc = new Crc32();
        for (int packet = 0; packet < packets; packet++) {
            micros += 1 + random.nextInt(2000);
            int address;
            // Flows: two packets in three come from a recently seen host.
            if (recentCount > 0 && random.nextInt(3) != 0) {
                address = recent[random.nextInt(recentCount)];
            } else {
                address = random.nextInt();
                recent[recentCount < recent.length ? recentCount++ : random.nextInt(recent.length)] = address;
            }
            PatriciaTrie.Node p = trie.search(address);
            if (p.key == address) {
                found++;
                crc.update(Integer.toHexString(address));
                if (found <= PRINTED_FOUND) {
                    out.println(String.format(Locale.ROOT, "%d.%06d %08x: Found.", micros / 1_000_000,
                            micros % 1_000_000, address));
                }
            } else {
                trie.insert(address, 0xFFFFFFFF, packet + 1);
                inserted++;
            }
        }
        out.println(String.format(Locale.ROOT, "trace: %d packets, %d found, %d inserted, %d nodes, found crc %08X",
                packets, found, inserted, trie.nodeCount(), crc.value()));
    }

    /** A routing table and longest-prefix-match lookups against it. */
    private static void routes(PrintStream out, XorShift64 random, int count, int lookups) {
        int[] keys = new int[count + 1];
        int[] lengths = new int[count + 1];
        generateRoutes(random, keys, lengths);
        PatriciaTrie trie = new PatriciaTrie(DEFAULT_ROUTE);
        for (int id = 1; id <= count; id++) {
            trie.insert(keys[id], PatriciaTrie.mask(lengths[id]), id);
        }
        out.println(String.format(Locale.ROOT, "table: %d prefixes inserted, %d distinct routes, %d nodes",
                count, trie.routeCount() - 1, trie.nodeCount()));

        int[] lengthOut = new int[1];
        long[] byLength = new long[33];
        long hash = 0xcbf29ce484222325L;
        for (int n = 0; n < lookups; n++) {
            int address = destination(random, keys, lengths, count);
            int id = trie.longestMatch(address, lengthOut);
            byLength[lengthOut[0]]++;
            hash = (hash ^ id) * 0x100000001b3L;
            if (n < PRINTED_LOOKUPS) {
                out.println(String.format(Locale.ROOT, "%-15s -> %s/%d route %d", dotted(address),
                        dotted(keys[id] & PatriciaTrie.mask(lengths[id])), lengths[id], id));
            }
        }
        StringBuilder histogram = new StringBuilder();
        for (int length = 0; length <= 32; length++) {
            if (byLength[length] > 0) {
                histogram.append(' ').append('/').append(length).append(':').append(byLength[length]);
            }
        }
        out.println(String.format(Locale.ROOT, "lookups: %d, hits %d, default route %d, route id checksum %016x",
                lookups, lookups - byLength[0], byLength[0], hash));
        out.println("matches by prefix length:" + histogram);
    }

    /**
     * Route 0 is the default route; the others have lengths shaped like a backbone table and
     * about a fifth of them are more specific prefixes inside an earlier route.
     */
    static void generateRoutes(XorShift64 random, int[] keys, int[] lengths) {
        keys[0] = 0;
        lengths[0] = 0;
        for (int id = 1; id < keys.length; id++) {
            int pick = random.nextInt(100);
            int length = pick < 50 ? 24 : pick < 85 ? 16 + random.nextInt(8) : pick < 92 ? 8 + random.nextInt(8)
                    : 25 + random.nextInt(8);
            int key;
            if (id > 1 && random.nextInt(5) == 0) {
                int parent = 1 + random.nextInt(id - 1);
                length = Math.min(32, lengths[parent] + 1 + random.nextInt(8));
                key = keys[parent] | hostBits(random, lengths[parent]);
            } else {
                // Unicast space: first octet 1..223.
                key = ((1 + random.nextInt(223)) << 24) | (random.nextInt() >>> 8);
            }
            keys[id] = key & PatriciaTrie.mask(length);
            lengths[id] = length;
        }
    }

    /** Three lookups in four go to a host inside some route, the rest anywhere. */
    static int destination(XorShift64 random, int[] keys, int[] lengths, int count) {
        if (random.nextInt(4) != 0) {
            int id = 1 + random.nextInt(count);
            return keys[id] | hostBits(random, lengths[id]);
        }
        return random.nextInt();
    }

    /** Random bits below the top {@code length} bits (Java shifts count modulo 32). */
    private static int hostBits(XorShift64 random, int length) {
        int bits = random.nextInt();
        return length == 0 ? bits : length >= 32 ? 0 : bits >>> length;
    }

    static String dotted(int address) {
        return (address >>> 24) + "." + ((address >>> 16) & 0xFF) + "." + ((address >>> 8) & 0xFF) + "." + (address & 0xFF);
    }
}
