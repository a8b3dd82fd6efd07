package de.quartier.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The solver against an exhaustive optimum on small instances (every internal path: dense square, dense
 * rectangular both ways, sparse with dummies), plus the edge cases of the contract.
 */
class AssignmentTest {

    /** A small instance as a dense matrix; 0 = pair not allowed. */
    private record Instance(double[][] w) {
        int rows() {
            return w.length;
        }

        int columns() {
            return w.length == 0 ? 0 : w[0].length;
        }

        Csr csr() {
            int nnz = 0;
            for (double[] row : w) {
                for (double x : row) {
                    if (x > 0) {
                        nnz++;
                    }
                }
            }
            int[] rowStart = new int[rows() + 1];
            int[] cols = new int[nnz];
            double[] weights = new double[nnz];
            int k = 0;
            for (int r = 0; r < rows(); r++) {
                for (int c = 0; c < columns(); c++) {
                    if (w[r][c] > 0) {
                        cols[k] = c;
                        weights[k++] = w[r][c];
                    }
                }
                rowStart[r + 1] = k;
            }
            return new Csr(rowStart, cols, weights);
        }
    }

    private record Csr(int[] rowStart, int[] cols, double[] weights) {}

    /**
     * Random instance: density in (0, 1], weights either continuous or small integers (many ties, the hard
     * case for the tie handling in the reduction and the early stop).
     */
    private static Instance random(Random random, int rows, int columns, double density, boolean ties) {
        double[][] w = new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (random.nextDouble() < density) {
                    w[r][c] = ties ? 1 + random.nextInt(4) : 0.001 + random.nextDouble() * 100;
                }
            }
        }
        return new Instance(w);
    }

    /** Maximum total weight by dynamic programming over the set of used columns (columns ≤ 12). */
    private static double bruteForce(double[][] w, int columns) {
        int rows = w.length;
        double[] next = new double[1 << columns];
        for (int r = rows - 1; r >= 0; r--) {
            double[] current = new double[1 << columns];
            for (int mask = 0; mask < 1 << columns; mask++) {
                double best = next[mask]; // row r stays unassigned
                for (int c = 0; c < columns; c++) {
                    if ((mask & 1 << c) == 0 && w[r][c] > 0) {
                        best = Math.max(best, w[r][c] + next[mask | 1 << c]);
                    }
                }
                current[mask] = best;
            }
            next = current;
        }
        return next[0];
    }

    /** Checks validity and returns the total weight. */
    private static double total(double[][] w, int columns, int[] assignment) {
        assertThat(assignment).hasSize(w.length);
        boolean[] used = new boolean[columns];
        double sum = 0;
        for (int r = 0; r < w.length; r++) {
            int c = assignment[r];
            if (c == -1) {
                continue;
            }
            assertThat(c).isBetween(0, columns - 1);
            assertThat(used[c]).as("column %d used twice", c).isFalse();
            used[c] = true;
            assertThat(w[r][c]).as("pair (%d, %d) is allowed", r, c).isPositive();
            sum += w[r][c];
        }
        return sum;
    }

    private static void assertOptimal(Instance instance) {
        double[][] w = instance.w();
        int columns = instance.columns();
        double optimum = bruteForce(w, columns);
        Csr csr = instance.csr();
        int[] viaContract = Assignment.maximise(instance.rows(), columns, csr.rowStart(), csr.cols(), csr.weights());
        int[] dense = Assignment.maximise(w);
        int[] sparse = Assignment.solveSparse(instance.rows(), columns, csr.rowStart(), csr.cols(), csr.weights());
        String shape = Arrays.deepToString(w);
        assertThat(total(w, columns, viaContract)).as(shape).isCloseTo(optimum, within(1e-9));
        assertThat(total(w, columns, dense)).as(shape).isCloseTo(optimum, within(1e-9));
        assertThat(total(w, columns, sparse)).as(shape).isCloseTo(optimum, within(1e-9));
    }

    @Property(tries = 400)
    void optimalOnSmallRandomInstances(
            @ForAll @IntRange(min = 0, max = 8) int rows,
            @ForAll @IntRange(min = 0, max = 9) int columns,
            @ForAll @IntRange(min = 1, max = 10) int tenthsDense,
            @ForAll boolean ties,
            @ForAll long seed) {
        assertOptimal(random(new Random(seed), rows, columns, tenthsDense / 10.0, ties));
    }

    @Test
    void optimalOnManySeededInstancesOfEveryShape() {
        Random random = new Random(4);
        for (int k = 0; k < 3000; k++) {
            int rows = 1 + random.nextInt(9);
            int columns = 1 + random.nextInt(10);
            double density = random.nextDouble();
            assertOptimal(random(random, rows, columns, density, random.nextBoolean()));
        }
    }

    /** Larger instances: dense and sparse solvers reach the same optimum on the same input (two codes). */
    @Test
    void denseAndSparseSolversAgreeOnLargerInstances() {
        Random random = new Random(44);
        for (int k = 0; k < 60; k++) {
            int rows = 20 + random.nextInt(120);
            int columns = 20 + random.nextInt(120);
            Instance instance = random(random, rows, columns, 0.02 + random.nextDouble() * 0.9, k % 2 == 0);
            Csr csr = instance.csr();
            double dense = total(instance.w(), columns, Assignment.solveDense(instance.w()));
            double sparse = total(
                    instance.w(),
                    columns,
                    Assignment.solveSparse(rows, columns, csr.rowStart(), csr.cols(), csr.weights()));
            assertThat(sparse).as("instance %d", k).isCloseTo(dense, within(1e-7));
        }
    }

    @Test
    void emptyAndDegenerateInputs() {
        assertThat(Assignment.maximise(0, 0, new int[] {0}, new int[0], new double[0]))
                .isEmpty();
        assertThat(Assignment.maximise(0, 5, new int[] {0}, new int[0], new double[0]))
                .isEmpty();
        assertThat(Assignment.maximise(3, 0, new int[] {0, 0, 0, 0}, new int[0], new double[0]))
                .containsExactly(-1, -1, -1);
        assertThat(Assignment.maximise(new double[0][])).isEmpty();
        assertThat(Assignment.maximise(new double[2][0])).containsExactly(-1, -1);
        // rows without candidates stay free, the others are matched
        assertThat(Assignment.maximise(4, 3, new int[] {0, 0, 1, 1, 2}, new int[] {2, 2}, new double[] {5, 7}))
                .containsExactly(-1, -1, -1, 2);
        // zero weights are "no gain": never returned
        assertThat(Assignment.maximise(2, 2, new int[] {0, 1, 2}, new int[] {0, 1}, new double[] {0, 3}))
                .containsExactly(-1, 1);
        assertThat(Assignment.maximise(new double[][] {{0, 0}, {0, 2}})).containsExactly(-1, 1);
    }

    @Test
    void moreRowsThanColumnsAndViceVersa() {
        // three rows want the single column; the heaviest gets it
        assertThat(Assignment.maximise(3, 1, new int[] {0, 1, 2, 3}, new int[] {0, 0, 0}, new double[] {1, 9, 4}))
                .containsExactly(-1, 0, -1);
        assertThat(Assignment.maximise(new double[][] {{1}, {9}, {4}})).containsExactly(-1, 0, -1);
        // one row, many columns
        assertThat(Assignment.maximise(new double[][] {{1, 9, 4}})).containsExactly(1);
        assertThat(Assignment.maximise(1, 3, new int[] {0, 3}, new int[] {0, 1, 2}, new double[] {1, 9, 4}))
                .containsExactly(1);
    }

    @Test
    void notGreedy() {
        // greedy would take (0,0)=10 and then (1,1)=1; the optimum is 9 + 9
        double[][] w = {{10, 9}, {9, 1}};
        assertThat(Assignment.maximise(w)).containsExactly(1, 0);
        assertThat(Assignment.maximise(2, 2, new int[] {0, 2, 4}, new int[] {0, 1, 0, 1}, new double[] {10, 9, 9, 1}))
                .containsExactly(1, 0);
    }

    @Test
    void allWeightsEqual() {
        double[][] w = new double[30][20];
        for (double[] row : w) {
            Arrays.fill(row, 2.5);
        }
        int[] dense = Assignment.maximise(w);
        assertThat(total(w, 20, dense)).isEqualTo(50.0);
        Csr csr = new Instance(w).csr();
        assertThat(total(w, 20, Assignment.solveSparse(30, 20, csr.rowStart(), csr.cols(), csr.weights())))
                .isEqualTo(50.0);
    }

    @Test
    void duplicateColumnCountsWithItsLargerWeight() {
        int[] result = Assignment.maximise(1, 2, new int[] {0, 2}, new int[] {1, 1}, new double[] {2, 6});
        assertThat(result).containsExactly(1);
    }

    @Test
    void refusesBadInput() {
        int[] rs = {0, 1};
        int[] cs = {0};
        assertThatThrownBy(() -> Assignment.maximise(1, 1, rs, cs, new double[] {Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Assignment.maximise(1, 1, rs, cs, new double[] {-1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Assignment.maximise(1, 1, rs, cs, new double[] {Double.POSITIVE_INFINITY}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Assignment.maximise(1, 1, rs, new int[] {1}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Assignment.maximise(1, 1, new int[] {0}, cs, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Assignment.maximise(2, 1, new int[] {0, 1, 0}, cs, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Assignment.maximise(1, 1, new int[] {0, 2}, cs, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Assignment.maximise(-1, 1, new int[] {0}, cs, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Assignment.maximise(new double[][] {{1, Double.NaN}}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Assignment.maximise(new double[][] {{1, -2}}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Assignment.maximise(new double[][] {{1, 2}, {3}}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
