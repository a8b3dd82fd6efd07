package de.quartier.matching;

import java.util.Arrays;

/**
 * Maximum-weight bipartite assignment.
 *
 * <p>Exact: Jonker–Volgenant (column reduction, augmenting row reduction, shortest augmenting paths with
 * column prices). Dense input is solved on a matrix; sparse input on its adjacency lists with a heap-based
 * Dijkstra, so it never allocates rows × columns. Measured against scipy in {@code docs/benchmarks.md}
 * ("Matching: assignment solver vs scipy").
 *
 * <p>Internally everything is a minimisation of cost = −weight over a problem in which every row must be
 * assigned. "A row may stay unassigned" is modelled as a private zero-weight dummy column per row (sparse)
 * or by a zero-weight pair that is dropped from the result (dense); both leave the optimum total unchanged
 * because leaving a row free and giving it a pair worth 0 are the same to the objective.
 */
public final class Assignment {

    /**
     * Sparse input at least this dense is solved as a matrix: the row scans then run over contiguous
     * memory, which beats the heap-based search clearly (a 90 % instance of 2,000 per side is several times
     * faster as a matrix). The matrix is then at most ~2.2× the size of the input arrays, so memory stays
     * bounded by the input.
     */
    static final double DENSE_FROM = 0.3;

    /** Augmenting row reduction passes before switching to shortest paths (Jonker–Volgenant use two). */
    private static final int REDUCTION_PASSES = 2;

    /** Upper bound for the sparse solver's reduction passes (see there). */
    private static final int MAX_SPARSE_PASSES = 16;

    private Assignment() {}

    /**
     * Sparse scores: row r has candidate columns cols[rowStart[r]..rowStart[r+1]) with weights (&gt; 0).
     * Returns for each row the assigned column or -1; each column used at most once; the total weight of
     * the chosen pairs is maximal (rows may stay unassigned).
     *
     * <p>A weight of 0 is accepted and treated as "no gain" (such a pair is never returned); a column listed
     * twice for one row counts with its larger weight.
     *
     * @throws IllegalArgumentException for negative sizes, inconsistent arrays, columns out of range, and
     *     negative, NaN or infinite weights
     */
    public static int[] maximise(int rows, int columns, int[] rowStart, int[] cols, double[] weights) {
        if (rows < 0 || columns < 0) {
            throw new IllegalArgumentException("negative size: " + rows + " × " + columns);
        }
        if (rowStart == null || cols == null || weights == null) {
            throw new IllegalArgumentException("arrays must not be null");
        }
        if (rowStart.length != rows + 1 || rowStart[0] != 0) {
            throw new IllegalArgumentException("rowStart must have rows + 1 entries starting at 0");
        }
        int nnz = rowStart[rows];
        if (cols.length < nnz || weights.length < nnz) {
            throw new IllegalArgumentException("cols and weights must hold rowStart[rows] = " + nnz + " entries");
        }
        int zeros = 0;
        for (int r = 0; r < rows; r++) {
            if (rowStart[r + 1] < rowStart[r]) {
                throw new IllegalArgumentException("rowStart must not decrease (row " + r + ")");
            }
        }
        for (int e = 0; e < nnz; e++) {
            if (cols[e] < 0 || cols[e] >= columns) {
                throw new IllegalArgumentException("column " + cols[e] + " out of range 0.." + (columns - 1));
            }
            double w = weights[e];
            // Written so that NaN fails too.
            if (!(w >= 0 && w < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("weight must be finite and not negative: " + w);
            }
            if (w == 0) {
                zeros++;
            }
        }
        int[] result = new int[rows];
        Arrays.fill(result, -1);
        if (rows == 0 || columns == 0 || nnz == zeros) {
            return result;
        }
        if ((double) nnz >= DENSE_FROM * rows * columns) {
            double[][] dense = new double[rows][columns];
            for (int r = 0; r < rows; r++) {
                double[] row = dense[r];
                for (int e = rowStart[r]; e < rowStart[r + 1]; e++) {
                    row[cols[e]] = Math.max(row[cols[e]], weights[e]);
                }
            }
            return solveDense(dense);
        }
        if (zeros > 0) {
            // Zero-weight edges tie with the dummy column and are never worth returning; dropping them
            // here keeps the hot loops free of a test (rare case, so copying is fine).
            int[] rs = new int[rows + 1];
            int[] cs = new int[nnz - zeros];
            double[] ws = new double[nnz - zeros];
            int k = 0;
            for (int r = 0; r < rows; r++) {
                for (int e = rowStart[r]; e < rowStart[r + 1]; e++) {
                    if (weights[e] > 0) {
                        cs[k] = cols[e];
                        ws[k++] = weights[e];
                    }
                }
                rs[r + 1] = k;
            }
            return solveSparse(rows, columns, rs, cs, ws);
        }
        return solveSparse(rows, columns, rowStart, cols, weights);
    }

    /**
     * Dense scores: {@code weights[r][c]} is the score of row r with column c; 0 means "not allowed" (or no
     * gain: the pair is never returned). Same result contract as the sparse method. The matrix is read, not
     * changed.
     *
     * @throws IllegalArgumentException for ragged rows and negative, NaN or infinite weights
     */
    public static int[] maximise(double[][] weights) {
        if (weights == null) {
            throw new IllegalArgumentException("weights must not be null");
        }
        int rows = weights.length;
        int columns = rows == 0 ? 0 : weights[0].length;
        for (double[] row : weights) {
            if (row == null || row.length != columns) {
                throw new IllegalArgumentException("all rows must have " + columns + " columns");
            }
            for (double w : row) {
                if (!(w >= 0 && w < Double.POSITIVE_INFINITY)) {
                    throw new IllegalArgumentException("weight must be finite and not negative: " + w);
                }
            }
        }
        if (rows == 0 || columns == 0) {
            int[] none = new int[rows];
            Arrays.fill(none, -1);
            return none;
        }
        return solveDense(weights);
    }

    // ---------------------------------------------------------------------------------------------------
    // Dense

    /** Validated, non-empty matrix. Zero-weight pairs are dropped from the answer. */
    static int[] solveDense(double[][] w) {
        int rows = w.length;
        int columns = w[0].length;
        int[] result;
        if (rows <= columns) {
            result = new DenseSolver(w).solve();
        } else {
            // Every row must be assigned in the internal problem, so the shorter side plays "rows".
            double[][] t = new double[columns][rows];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    t[c][r] = w[r][c];
                }
            }
            int[] byColumn = new DenseSolver(t).solve();
            result = new int[rows];
            Arrays.fill(result, -1);
            for (int c = 0; c < columns; c++) {
                result[byColumn[c]] = c;
            }
        }
        for (int r = 0; r < rows; r++) {
            if (result[r] >= 0 && w[r][result[r]] == 0) {
                result[r] = -1;
            }
        }
        return result;
    }

    /**
     * Jonker–Volgenant on a rows ≤ columns matrix with cost −w. With all pairs present (zeros included) and
     * rows ≤ columns, some maximum-weight assignment covers every row, so a full row assignment is right.
     *
     * <p>Invariant (what makes the shortest path step a Dijkstra): every assigned row's column minimises
     * {@code cost − v} over that row. Prices v only fall; columns that were never assigned keep v = 0, which
     * is what complementary slackness needs when there are more columns than rows.
     */
    private static final class DenseSolver {
        private final double[][] w;
        private final int n;
        private final int m;
        private final double[] v;
        private final int[] rowCol;
        private final int[] colRow;

        DenseSolver(double[][] w) {
            this.w = w;
            this.n = w.length;
            this.m = w[0].length;
            this.v = new double[m];
            this.rowCol = new int[n];
            this.colRow = new int[m];
            Arrays.fill(rowCol, -1);
            Arrays.fill(colRow, -1);
        }

        int[] solve() {
            int[] free = n == m ? columnReduction() : allRows();
            int numFree = free.length;
            if (m > 1) {
                for (int pass = 0; pass < REDUCTION_PASSES && numFree > 0; pass++) {
                    numFree = augmentingRowReduction(free, numFree);
                }
            }
            double[] d = new double[m];
            int[] pred = new int[m];
            int[] scan = new int[m];
            for (int f = 0; f < numFree; f++) {
                augment(free[f], d, pred, scan);
            }
            return rowCol;
        }

        private int[] allRows() {
            int[] free = new int[n];
            for (int i = 0; i < n; i++) {
                free[i] = i;
            }
            return free;
        }

        /**
         * Square only (prices may become positive, which is wrong for surplus columns): each column's price
         * is its cheapest cost and it goes to that row; then "reduction transfer" lowers the price of a row's
         * only column to the row's second-best, which lets later steps move rows around more cheaply.
         * Scanned row by row (not column by column) to stay cache-friendly on large matrices.
         */
        private int[] columnReduction() {
            int[] argmin = new int[m];
            Arrays.fill(v, Double.POSITIVE_INFINITY);
            for (int i = 0; i < n; i++) {
                double[] row = w[i];
                for (int j = 0; j < m; j++) {
                    double c = -row[j];
                    if (c < v[j]) {
                        v[j] = c;
                        argmin[j] = i;
                    }
                }
            }
            int[] matches = new int[n];
            for (int j = m - 1; j >= 0; j--) {
                int i = argmin[j];
                if (++matches[i] == 1) {
                    rowCol[i] = j;
                    colRow[j] = i;
                } else if (v[j] < v[rowCol[i]]) {
                    colRow[rowCol[i]] = -1;
                    rowCol[i] = j;
                    colRow[j] = i;
                }
            }
            int[] free = new int[n];
            int numFree = 0;
            for (int i = 0; i < n; i++) {
                if (matches[i] == 0) {
                    free[numFree++] = i;
                } else if (matches[i] == 1) {
                    int j1 = rowCol[i];
                    double[] row = w[i];
                    double min = Double.POSITIVE_INFINITY;
                    for (int j = 0; j < m; j++) {
                        if (j != j1) {
                            min = Math.min(min, -row[j] - v[j]);
                        }
                    }
                    if (min < Double.POSITIVE_INFINITY) {
                        v[j1] -= min - (-row[j1] - v[j1]);
                    }
                }
            }
            return Arrays.copyOf(free, numFree);
        }

        /**
         * Auction-like step: a free row takes its best column, paying (lowering the price by) the gap to its
         * second best, and the row it displaces is retried at once — cheap progress that usually leaves
         * few rows for the shortest path step. Ties send the displaced row to the back to avoid cycling.
         */
        private int augmentingRowReduction(int[] free, int prevNumFree) {
            int k = 0;
            int numFree = 0;
            while (k < prevNumFree) {
                int i = free[k++];
                double[] row = w[i];
                double umin = -row[0] - v[0];
                int j1 = 0;
                int j2 = -1;
                double usubmin = Double.POSITIVE_INFINITY;
                for (int j = 1; j < m; j++) {
                    double h = -row[j] - v[j];
                    if (h < usubmin) {
                        if (h >= umin) {
                            usubmin = h;
                            j2 = j;
                        } else {
                            usubmin = umin;
                            umin = h;
                            j2 = j1;
                            j1 = j;
                        }
                    }
                }
                int i0 = colRow[j1];
                boolean strict = umin < usubmin;
                if (strict) {
                    v[j1] -= usubmin - umin;
                } else if (i0 >= 0) {
                    j1 = j2;
                    i0 = colRow[j2];
                }
                rowCol[i] = j1;
                colRow[j1] = i;
                if (i0 >= 0) {
                    rowCol[i0] = -1;
                    if (strict) {
                        free[--k] = i0;
                    } else {
                        free[numFree++] = i0;
                    }
                }
            }
            return numFree;
        }

        /**
         * Shortest augmenting path from a free row (Dijkstra on reduced costs, the unvisited columns kept in
         * one array so that each step is a linear scan over contiguous memory).
         */
        private void augment(int freeRow, double[] d, int[] pred, int[] scan) {
            double[] frow = w[freeRow];
            for (int j = 0; j < m; j++) {
                d[j] = -frow[j] - v[j];
                pred[j] = freeRow;
                scan[j] = j;
            }
            // scan[0..low) ready (final distance), scan[low..up) at the current minimum, scan[up..m) open
            int low = 0;
            int up = 0;
            int last = 0;
            int end = -1;
            double min = 0;
            while (end < 0) {
                if (up == low) {
                    last = low - 1;
                    min = d[scan[up++]];
                    for (int k = up; k < m; k++) {
                        int j = scan[k];
                        double h = d[j];
                        if (h <= min) {
                            if (h < min) {
                                up = low;
                                min = h;
                            }
                            scan[k] = scan[up];
                            scan[up++] = j;
                        }
                    }
                    for (int k = low; k < up; k++) {
                        if (colRow[scan[k]] < 0) {
                            end = scan[k];
                            break;
                        }
                    }
                }
                if (end < 0) {
                    int j1 = scan[low++];
                    int i = colRow[j1];
                    double[] row = w[i];
                    double h = -row[j1] - v[j1] - min;
                    for (int k = up; k < m; k++) {
                        int j = scan[k];
                        double v2 = -row[j] - v[j] - h;
                        if (v2 < d[j]) {
                            pred[j] = i;
                            if (v2 <= min) {
                                if (colRow[j] < 0) {
                                    end = j;
                                    break;
                                }
                                scan[k] = scan[up];
                                scan[up++] = j;
                            }
                            d[j] = v2;
                        }
                    }
                }
            }
            for (int k = 0; k <= last; k++) {
                int j = scan[k];
                v[j] += d[j] - min;
            }
            int i;
            do {
                i = pred[end];
                colRow[end] = i;
                int next = rowCol[i];
                rowCol[i] = end;
                end = next;
            } while (i != freeRow);
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Sparse

    static int[] solveSparse(int n, int m, int[] rs, int[] cs, double[] w) {
        int[] rowCol = new SparseSolver(n, m, rs, cs, w).solve();
        for (int r = 0; r < n; r++) {
            if (rowCol[r] >= m) {
                rowCol[r] = -1; // parked on its dummy: unassigned
            }
        }
        return rowCol;
    }

    /**
     * Jonker–Volgenant on adjacency lists. Columns 0..m-1 are real, column m+i is row i's private dummy
     * (cost 0, i.e. weight 0), so every row can always be assigned and the search from a free row is
     * bounded by the value of staying free. Memory is O(rows + columns) on top of the input.
     *
     * <p>Same invariant as the dense solver: an assigned row's column minimises {@code cost − v} over its
     * adjacency list and dummy; prices only fall and never-assigned columns keep v = 0. A row parked on its
     * dummy can never be reached again (only it has an edge to its dummy), so it drops out of all searches.
     */
    private static final class SparseSolver {
        private final int n;
        private final int m;
        private final int[] rs;
        private final int[] cs;
        private final double[] w;
        private final double[] v;
        private final int[] rowCol;
        private final int[] colRow;
        /** Cost of each row's assigned pair, needed to turn a column's distance into its row's offset. */
        private final double[] rowCost;

        SparseSolver(int n, int m, int[] rs, int[] cs, double[] w) {
            this.n = n;
            this.m = m;
            this.rs = rs;
            this.cs = cs;
            this.w = w;
            this.v = new double[m + n];
            this.rowCol = new int[n];
            this.colRow = new int[m + n];
            this.rowCost = new double[n];
            Arrays.fill(rowCol, -1);
            Arrays.fill(colRow, -1);
        }

        int[] solve() {
            int[] free = new int[n];
            int numFree = 0;
            // Greedy start with v = 0: a row's heaviest column is its cheapest, so taking it when still free
            // respects the invariant. Rows without candidates park on their dummy straight away.
            for (int i = 0; i < n; i++) {
                int best = -1;
                double bestW = 0;
                for (int e = rs[i]; e < rs[i + 1]; e++) {
                    if (w[e] > bestW) {
                        bestW = w[e];
                        best = cs[e];
                    }
                }
                if (best < 0) {
                    assign(i, m + i, 0);
                } else if (colRow[best] < 0) {
                    assign(i, best, -bestW);
                } else {
                    free[numFree++] = i;
                }
            }
            // More passes than the dense solver's two: here a pass costs only the free rows' adjacency lists,
            // while each row left over costs a Dijkstra that may sweep much of the graph (on 10,000 per side
            // going from 2 passes to "until they stop paying" roughly halved the time). A pass that frees
            // fewer than 1/20 fewer rows means the bidding is stuck in ties, so stop there.
            for (int pass = 0; pass < MAX_SPARSE_PASSES && numFree > 0; pass++) {
                int before = numFree;
                numFree = augmentingRowReduction(free, numFree);
                if (pass >= REDUCTION_PASSES - 1 && before - numFree < before / 20) {
                    break;
                }
            }
            if (numFree > 0) {
                new Search().run(free, numFree);
            }
            return rowCol;
        }

        private void assign(int i, int j, double cost) {
            rowCol[i] = j;
            colRow[j] = i;
            rowCost[i] = cost;
        }

        /** As in the dense solver; the dummy is always one of the options, so every row has two or more. */
        private int augmentingRowReduction(int[] free, int prevNumFree) {
            int k = 0;
            int numFree = 0;
            while (k < prevNumFree) {
                int i = free[k++];
                int dummy = m + i;
                // start with the dummy (cost 0); it is free while row i is free, so v[dummy] = 0
                double umin = -v[dummy];
                int j1 = dummy;
                double c1 = 0;
                int j2 = -1;
                double c2 = 0;
                double usubmin = Double.POSITIVE_INFINITY;
                for (int e = rs[i]; e < rs[i + 1]; e++) {
                    int j = cs[e];
                    double c = -w[e];
                    double h = c - v[j];
                    if (h < usubmin) {
                        if (h >= umin) {
                            usubmin = h;
                            j2 = j;
                            c2 = c;
                        } else {
                            usubmin = umin;
                            j2 = j1;
                            c2 = c1;
                            umin = h;
                            j1 = j;
                            c1 = c;
                        }
                    }
                }
                if (j2 < 0) {
                    assign(i, dummy, 0); // only the dummy (cannot happen after the greedy start; defensive)
                    continue;
                }
                int i0 = colRow[j1];
                boolean strict = umin < usubmin;
                if (strict) {
                    v[j1] -= usubmin - umin;
                } else if (i0 >= 0) {
                    j1 = j2;
                    c1 = c2;
                    i0 = colRow[j2];
                }
                assign(i, j1, c1);
                if (i0 >= 0) {
                    rowCol[i0] = -1;
                    if (strict) {
                        free[--k] = i0;
                    } else {
                        free[numFree++] = i0;
                    }
                }
            }
            return numFree;
        }

        /**
         * Dijkstra state reused across free rows; only touched columns are reset. Most of the time goes into
         * relaxing edges at random columns, so a column's price and distance sit next to each other in
         * {@code vd} (one cache line) and the distance doubles as the state: +∞ untouched, −∞ final
         * ("ready", its distance kept in {@code readyD}), anything else in the heap, which keeps its keys
         * inline for the same reason.
         */
        private final class Search {
            private final double[] vd;
            private final int[] pred = new int[m + n];
            private final double[] predCost = new double[m + n];
            private final int[] touched = new int[m + n];
            private int numTouched;
            private final int[] ready = new int[m + n];
            private final double[] readyD = new double[m + n];
            private int numReady;
            private final int[] heap = new int[m + n];
            private final double[] heapKey = new double[m + n];
            private final int[] pos = new int[m + n];
            private int size;

            Search() {
                vd = new double[2 * (m + n)];
                for (int j = 0; j < m + n; j++) {
                    vd[2 * j] = v[j];
                    vd[2 * j + 1] = Double.POSITIVE_INFINITY;
                }
            }

            void run(int[] free, int numFree) {
                for (int f = 0; f < numFree; f++) {
                    augment(free[f]);
                }
                for (int j = 0; j < m + n; j++) {
                    v[j] = vd[2 * j];
                }
            }

            private void augment(int freeRow) {
                double min = Double.NEGATIVE_INFINITY;
                int end = scan(freeRow, 0, min);
                double dEnd = end < 0 ? 0 : vd[2 * end + 1];
                while (end < 0) {
                    min = heapKey[0];
                    int j = pop();
                    if (colRow[j] < 0) {
                        end = j;
                        dEnd = min;
                        break;
                    }
                    vd[2 * j + 1] = Double.NEGATIVE_INFINITY;
                    ready[numReady] = j;
                    readyD[numReady++] = min;
                    int i = colRow[j];
                    end = scan(i, rowCost[i] - vd[2 * j] - min, min);
                    if (end >= 0) {
                        dEnd = vd[2 * end + 1];
                    }
                }
                for (int k = 0; k < numReady; k++) {
                    vd[2 * ready[k]] += readyD[k] - dEnd;
                }
                int i;
                do {
                    i = pred[end];
                    int next = rowCol[i];
                    assign(i, end, predCost[end]);
                    end = next;
                } while (i != freeRow);
                for (int k = 0; k < numTouched; k++) {
                    vd[2 * touched[k] + 1] = Double.POSITIVE_INFINITY;
                }
                numTouched = 0;
                numReady = 0;
                size = 0;
            }

            /**
             * Relaxes row i's edges at offset h (its distance minus its reduced cost base). Returns a free
             * column already at the current minimum distance — no shorter path can exist then, so the search
             * stops early, as Jonker–Volgenant do — or -1.
             */
            private int scan(int i, double h, double min) {
                for (int e = rs[i]; e < rs[i + 1]; e++) {
                    int j = cs[e];
                    double c = -w[e];
                    double nd = c - vd[2 * j] - h;
                    double old = vd[2 * j + 1];
                    if (nd < old) { // never for ready columns (−∞)
                        if (relax(j, i, c, nd, old, min)) {
                            return j;
                        }
                    }
                }
                int dummy = m + i;
                double nd = -vd[2 * dummy] - h;
                double old = vd[2 * dummy + 1];
                if (nd < old && relax(dummy, i, 0, nd, old, min)) {
                    return dummy;
                }
                return -1;
            }

            /** Records the better path; true if it ends the search (a free column at the minimum). */
            private boolean relax(int j, int i, double c, double nd, double old, double min) {
                vd[2 * j + 1] = nd;
                pred[j] = i;
                predCost[j] = c;
                boolean fresh = old == Double.POSITIVE_INFINITY;
                if (fresh) {
                    touched[numTouched++] = j;
                }
                if (nd <= min && colRow[j] < 0) {
                    return true;
                }
                siftUp(fresh ? size++ : pos[j], j, nd);
                return false;
            }

            // Indexed binary min-heap; keys kept inline.

            private void siftUp(int p, int j, double key) {
                while (p > 0) {
                    int parent = (p - 1) >>> 1;
                    if (heapKey[parent] <= key) {
                        break;
                    }
                    int q = heap[parent];
                    heap[p] = q;
                    heapKey[p] = heapKey[parent];
                    pos[q] = p;
                    p = parent;
                }
                heap[p] = j;
                heapKey[p] = key;
                pos[j] = p;
            }

            private int pop() {
                int top = heap[0];
                int last = heap[--size];
                double key = heapKey[size];
                if (size > 0) {
                    int p = 0;
                    while (true) {
                        int child = 2 * p + 1;
                        if (child >= size) {
                            break;
                        }
                        if (child + 1 < size && heapKey[child + 1] < heapKey[child]) {
                            child++;
                        }
                        if (heapKey[child] >= key) {
                            break;
                        }
                        int q = heap[child];
                        heap[p] = q;
                        heapKey[p] = heapKey[child];
                        pos[q] = p;
                        p = child;
                    }
                    heap[p] = last;
                    heapKey[p] = key;
                    pos[last] = p;
                }
                return top;
            }
        }
    }
}
