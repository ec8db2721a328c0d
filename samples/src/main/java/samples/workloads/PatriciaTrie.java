package samples.workloads;

/**
 * Matthew Smart's PATRICIA trie for IPv4 routes (MiBench network/patricia, patricia.c): each
 * node holds a 32-bit key, the bit it tests and the list of masks (with their data) of the
 * routes sharing that key, sorted from the shortest mask to the longest. The head is the
 * default route 0.0.0.0/0 and tests bit 0, the most significant one; links that do not lead
 * to a higher bit index point back up the trie and end a search.
 *
 * <p>{@link #search} is the original's pat_search: it returns the last node on the search path
 * whose key matches under that node's shortest mask, which is exact for host routes (all the
 * original's driver inserts) but can miss a covering prefix when prefixes nest. So
 * {@link #longestMatch} finds the longest matching prefix with one exact search per prefix
 * length in use, longest first.
 */
public final class PatriciaTrie {

    /** struct ptree with its ptree_mask array. */
    static final class Node {
        int key;
        int[] masks;
        int[] data;
        int bit;
        Node left;
        Node right;

        Node(int key, int mask, int data) {
            this.key = key;
            this.masks = new int[] {mask};
            this.data = new int[] {data};
        }
    }

    private final Node head;
    /** Bit L is set when some route has an L-bit mask (0..32). */
    private long lengthsInUse;
    private int nodes = 1;
    private int routes = 1;

    /** A trie holding only the default route, whose data is {@code defaultData}. */
    public PatriciaTrie(int defaultData) {
        head = new Node(0, 0, defaultData);
        head.bit = 0;
        head.left = head;
        head.right = head;
        lengthsInUse = 1L;
    }

    /**
     * Tests bit {@code i} counting from the most significant. Like the C on x86, i = 32 wraps
     * around to bit 0; it only arises for key 128.0.0.0 meeting the head's key 0.
     */
    static boolean bit(int i, int key) {
        return (key & (1 << (31 - i))) != 0;
    }

    /** The mask with the top {@code length} bits set. */
    public static int mask(int length) {
        return length == 0 ? 0 : -1 << (32 - length);
    }

    public int nodeCount() {
        return nodes;
    }

    public int routeCount() {
        return routes;
    }

    /**
     * pat_insert: adds route key/mask with {@code data}, replacing the data of an identical
     * route. The key is masked first. Returns the node that holds the route.
     */
    public Node insert(int key, int mask, int data) {
        key &= mask;
        lengthsInUse |= 1L << Integer.bitCount(mask);

        // Find the closest matching leaf node.
        Node t = head;
        int i;
        do {
            i = t.bit;
            t = bit(t.bit, key) ? t.right : t.left;
        } while (i < t.bit);

        // Same key: a duplicate mask replaces the data, a new one joins the sorted mask list.
        if (key == t.key) {
            int position = 0;
            while (position < t.masks.length && Integer.compareUnsigned(mask, t.masks[position]) > 0) {
                position++;
            }
            if (position < t.masks.length && t.masks[position] == mask) {
                t.data[position] = data;
                return t;
            }
            int[] masks = new int[t.masks.length + 1];
            int[] values = new int[t.masks.length + 1];
            System.arraycopy(t.masks, 0, masks, 0, position);
            System.arraycopy(t.data, 0, values, 0, position);
            masks[position] = mask;
            values[position] = data;
            System.arraycopy(t.masks, position, masks, position + 1, t.masks.length - position);
            System.arraycopy(t.data, position, values, position + 1, t.data.length - position);
            t.masks = masks;
            t.data = values;
            routes++;
            return t;
        }

        // Find the first bit that differs (bit 0 is decided at the head).
        for (i = 1; i < 32 && bit(i, key) == bit(i, t.key); i++) {
            // empty
        }
        Node n = new Node(key, mask, data);
        if (bit(head.bit, key)) {
            head.right = insertR(head.right, n, i, head);
        } else {
            head.left = insertR(head.left, n, i, head);
        }
        nodes++;
        routes++;
        return n;
    }

    private static Node insertR(Node h, Node n, int d, Node p) {
        if (h.bit >= d || h.bit <= p.bit) {
            n.bit = d;
            n.left = bit(d, n.key) ? h : n;
            n.right = bit(d, n.key) ? n : h;
            return n;
        }
        if (bit(h.bit, n.key)) {
            h.right = insertR(h.right, n, d, h);
        } else {
            h.left = insertR(h.left, n, d, h);
        }
        return h;
    }

    /** pat_search: the closest matching node for {@code key} (never null: the head matches all). */
    public Node search(int key) {
        Node p = null;
        Node t = head;
        int i;
        do {
            // Keep track of the most complete match so far.
            if (t.key == (key & t.masks[0])) {
                p = t;
            }
            i = t.bit;
            t = bit(t.bit, key) ? t.right : t.left;
        } while (i < t.bit);
        return t.key == (key & t.masks[0]) ? t : p;
    }

    /** The node whose key is exactly {@code key}, or null. */
    Node find(int key) {
        Node t = head;
        int i;
        do {
            i = t.bit;
            t = bit(t.bit, key) ? t.right : t.left;
        } while (i < t.bit);
        return t.key == key ? t : null;
    }

    /**
     * Longest-prefix match: the data of the most specific route containing {@code address}
     * (the default route's data if nothing else matches). {@code lengthOut[0]}, if given,
     * receives the prefix length of the route found.
     */
    public int longestMatch(int address, int[] lengthOut) {
        long lengths = lengthsInUse;
        while (lengths != 0) {
            int length = 63 - Long.numberOfLeadingZeros(lengths);
            lengths &= ~(1L << length);
            int mask = mask(length);
            Node t = find(address & mask);
            if (t != null) {
                for (int k = t.masks.length - 1; k >= 0; k--) {
                    if (t.masks[k] == mask) {
                        if (lengthOut != null) {
                            lengthOut[0] = length;
                        }
                        return t.data[k];
                    }
                }
            }
        }
        throw new IllegalStateException("the default route is missing");
    }

    /** Data of the route with exactly this key and mask, or {@code missing}. */
    public int get(int key, int mask, int missing) {
        Node t = find(key & mask);
        if (t != null) {
            for (int k = 0; k < t.masks.length; k++) {
                if (t.masks[k] == mask) {
                    return t.data[k];
                }
            }
        }
        return missing;
    }
}
