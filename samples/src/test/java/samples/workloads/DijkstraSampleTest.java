package samples.workloads;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DijkstraSampleTest {

    @Test
    void costsMatchFloydWarshallAndPathsAddUp() {
        int n = 100;
        int[][] matrix = DijkstraSample.generate(n);
        long[][] best = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                best[i][j] = matrix[i][j] == DijkstraSample.NONE ? Long.MAX_VALUE / 4 : matrix[i][j];
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    best[i][j] = Math.min(best[i][j], best[i][k] + best[k][j]);
                }
            }
        }
        DijkstraSample.Search search = new DijkstraSample.Search(matrix);
        for (int start = 0; start < n; start += 7) {
            for (int end = 0; end < n; end += 3) {
                if (start == end) {
                    continue;
                }
                String line = search.shortestPath(start, end);
                String[] parts = line.split(" ");
                int cost = Integer.parseInt(parts[3]);
                assertEquals(best[start][end], cost, line);
                int pathCost = 0;
                int first = 8; // "Shortest path is C in cost. Path is: ..."
                assertEquals(start, Integer.parseInt(parts[first]), line);
                assertEquals(end, Integer.parseInt(parts[parts.length - 1]), line);
                for (int i = first; i < parts.length - 1; i++) {
                    pathCost += matrix[Integer.parseInt(parts[i])][Integer.parseInt(parts[i + 1])];
                }
                assertEquals(cost, pathCost, line);
            }
        }
    }
}
