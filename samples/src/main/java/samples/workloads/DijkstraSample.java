package samples.workloads;

import java.io.PrintStream;
import java.util.Arrays;

import samples.Category;
import samples.Sample;
import samples.Size;

/**
 * MiBench network/dijkstra: shortest paths over an adjacency matrix, using the original's
 * plain FIFO queue of (node, distance, previous) items rather than a priority queue, and
 * printing each path the same way. The matrix is generated instead of read from input.dat.
 */
public final class DijkstraSample implements Sample {

    private static final long SEED = 0xD1D1_5757L;
    /** Marks "no edge" in the matrix and "not reached yet" in the node table, as in the original. */
    static final int NONE = 9999;

    /** One queued relaxation; the queue is a singly linked list, like the original's QITEMs. */
    private static final class QueueItem {
        final int node;
        final int dist;
        QueueItem next;

        QueueItem(int node, int dist) {
            this.node = node;
            this.dist = dist;
        }
    }

    @Override
    public String name() {
        return "dijkstra";
    }

    @Override
    public Category category() {
        return Category.NETWORK;
    }

    @Override
    public String description() {
        return "shortest paths in a generated adjacency matrix with a FIFO queue (MiBench dijkstra)";
    }

    @Override
    public void run(Size size, String[] args, PrintStream out) {
        int nodes = size.pick(100, 1000);
        int paths = size.pick(20, 45);
        Search search = new Search(generate(nodes));
        for (int i = 0, j = nodes / 2; i < paths; i++, j++) {
            j %= nodes;
            out.println(search.shortestPath(i, j));
        }
    }

    static int[][] generate(int nodes) {
        XorShift64 random = new XorShift64(SEED);
        int[][] matrix = new int[nodes][nodes];
        for (int i = 0; i < nodes; i++) {
            for (int j = 0; j < nodes; j++) {
                // About half the edges are missing so that paths take several hops.
                matrix[i][j] = i == j ? 0 : random.nextInt(2) == 0 ? NONE : 1 + random.nextInt(99);
            }
        }
        return matrix;
    }

    /** Per-run state of the search: the node table and the queue. */
    static final class Search {
        private final int[][] adjacency;
        private final int[] dist;
        private final int[] prev;
        private QueueItem head;
        private QueueItem tail;

        Search(int[][] adjacency) {
            this.adjacency = adjacency;
            this.dist = new int[adjacency.length];
            this.prev = new int[adjacency.length];
        }

        /** Runs the search from {@code start} and describes the path to {@code end}. */
        String shortestPath(int start, int end) {
            if (start == end) {
                return "Shortest path is 0 in cost. Just stay where you are.";
            }
            Arrays.fill(dist, NONE);
            Arrays.fill(prev, NONE);
            dist[start] = 0;
            enqueue(start, 0);
            while (head != null) {
                QueueItem item = dequeue();
                int[] row = adjacency[item.node];
                for (int i = 0; i < row.length; i++) {
                    int cost = row[i];
                    if (cost != NONE && (dist[i] == NONE || dist[i] > cost + item.dist)) {
                        dist[i] = item.dist + cost;
                        prev[i] = item.node;
                        enqueue(i, item.dist + cost);
                    }
                }
            }
            StringBuilder line = new StringBuilder("Shortest path is ")
                    .append(dist[end]).append(" in cost. Path is:");
            appendPath(line, end);
            return line.toString();
        }

        /** Prints the predecessors first, like the original's recursive print_path. */
        private void appendPath(StringBuilder line, int node) {
            if (prev[node] != NONE) {
                appendPath(line, prev[node]);
            }
            line.append(' ').append(node);
        }

        private void enqueue(int node, int distance) {
            QueueItem item = new QueueItem(node, distance);
            if (tail == null) {
                head = item;
            } else {
                tail.next = item;
            }
            tail = item;
        }

        private QueueItem dequeue() {
            QueueItem item = head;
            head = item.next;
            if (head == null) {
                tail = null;
            }
            return item;
        }
    }
}
