package de.quartier.matching;

import java.util.Arrays;

/**
 * Maximum-weight bipartite assignment.
 *
 * <p>TEMPORARY stand-in until the solver branch is merged (it replaces this file): a dense O(n³) Hungarian
 * method (Jonker–Volgenant style shortest augmenting paths) on a square matrix padded with zero-weight dummy
 * cells, so leaving a row unassigned costs nothing. Fine for a few hundred people, not for the benchmarks.
 */
public final class Assignment {

    private Assignment() {}

    /**
     * Sparse scores: row r has candidate columns cols[rowStart[r]..rowStart[r+1]) with weights (> 0). Returns for
     * each row the assigned column or -1; each column used at most once; the total weight of the chosen pairs is
     * maximal (rows may stay unassigned).
     */
    public static int[] maximise(int rows, int columns, int[] rowStart, int[] cols, double[] weights) {
        int n = rows + columns; // room for every row and column to stay alone
        if (rows == 0) {
            return new int[0];
        }
        double max = 0;
        for (double w : weights) {
            max = Math.max(max, w);
        }
        // cost = max - weight for real pairs, max for "not paired" (dummy), +inf-ish for forbidden real pairs
        double forbidden = (max + 1) * (n + 1);
        double[][] cost = new double[n][n];
        for (int r = 0; r < n; r++) {
            Arrays.fill(cost[r], max);
        }
        for (int r = 0; r < rows; r++) {
            Arrays.fill(cost[r], 0, columns, forbidden);
            for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
                cost[r][cols[k]] = Math.min(cost[r][cols[k]], max - weights[k]);
            }
        }
        int[] colOfRow = hungarian(cost);
        int[] result = new int[rows];
        for (int r = 0; r < rows; r++) {
            int c = colOfRow[r];
            result[r] = c < columns && cost[r][c] < forbidden ? c : -1;
        }
        return result;
    }

    /** Minimum-cost perfect assignment on a square matrix (e-maxx formulation, 1-based potentials). */
    private static int[] hungarian(double[][] a) {
        int n = a.length;
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] p = new int[n + 1];
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            double[] minv = new double[n + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[n + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                int j1 = 0;
                double delta = Double.POSITIVE_INFINITY;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double cur = a[i0 - 1][j - 1] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] colOfRow = new int[n];
        for (int j = 1; j <= n; j++) {
            colOfRow[p[j] - 1] = j - 1;
        }
        return colOfRow;
    }
}
