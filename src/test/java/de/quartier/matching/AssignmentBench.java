package de.quartier.matching;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Benchmark harness for {@link Assignment} (not a test; run by {@code bench/matching/run.sh}).
 *
 * <pre>
 * java -cp target/classes:target/test-classes de.quartier.matching.AssignmentBench gen dense|sparse N SEED FILE [uniform]
 * java -cp target/classes:target/test-classes de.quartier.matching.AssignmentBench solve FILE OUT RUNS
 * </pre>
 *
 * File format (little endian), see {@code bench/matching/README.md}: the 8 bytes {@code QMATCH1\n}, int32 kind
 * (0 dense, 1 sparse), int32 rows, int32 columns, int64 entries; dense: rows × columns float64 row-major (0 =
 * pair not allowed); sparse: int32 rowStart[rows + 1], int32 cols[entries], float64 weights[entries]. The
 * assignment file is text, one line per row: the column or -1.
 */
public final class AssignmentBench {

    static final byte[] MAGIC = "QMATCH1\n".getBytes(StandardCharsets.US_ASCII);
    static final int HEADER = 8 + 4 + 4 + 4 + 8;

    private AssignmentBench() {}

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "gen" ->
                generate(
                        args[1],
                        Integer.parseInt(args[2]),
                        Long.parseLong(args[3]),
                        Path.of(args[4]),
                        args.length > 5 && args[5].equals("uniform"));
            case "solve" -> solve(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("gen | solve");
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Generator: realistic-ish mentorship scores

    /**
     * People with interests, weekly availability (7 days × 3 parts), help offered/needed, a position in a
     * 10 km square and (newcomers) a waiting time. Score of an allowed pair = 10 + 4·shared interests +
     * 2·shared time slots + 6·help needed ∩ offered + max(0, 10 − km) + waiting days / 32, rounded to 1/64:
     * on that grid all sums are exact in binary, so "gap 0" means exactly 0. Which pairs pass the hard
     * constraints is drawn per pair (90 % dense, 5 % sparse), independent of the score.
     */
    static final class Generator {
        final int n;
        final int[] vInterests, vSlots, vOffers, nInterests, nSlots, nNeeds, nWaiting;
        final double[] vx, vy, nx, ny;

        final boolean uniform;
        final SplittableRandom noise;

        Generator(int n, long seed, boolean uniform) {
            this.n = n;
            this.uniform = uniform;
            SplittableRandom random = new SplittableRandom(seed);
            this.noise = random.split();
            vInterests = masks(random, n, 10, 0.3);
            vSlots = masks(random, n, 21, 0.3);
            vOffers = masks(random, n, 6, 0.35);
            nInterests = masks(random, n, 10, 0.3);
            nSlots = masks(random, n, 21, 0.4);
            nNeeds = masks(random, n, 6, 0.3);
            nWaiting = new int[n];
            vx = new double[n];
            vy = new double[n];
            nx = new double[n];
            ny = new double[n];
            for (int i = 0; i < n; i++) {
                nWaiting[i] = random.nextInt(365);
                vx[i] = random.nextDouble(10);
                vy[i] = random.nextDouble(10);
                nx[i] = random.nextDouble(10);
                ny[i] = random.nextDouble(10);
            }
        }

        private static int[] masks(SplittableRandom random, int n, int bits, double p) {
            int[] masks = new int[n];
            for (int i = 0; i < n; i++) {
                for (int b = 0; b < bits; b++) {
                    if (random.nextDouble() < p) {
                        masks[i] |= 1 << b;
                    }
                }
            }
            return masks;
        }

        double score(int v, int c) {
            if (uniform) {
                return 1 + noise.nextInt(100 * 64) / 64.0; // 1 .. 101 on the 1/64 grid
            }
            double km = Math.hypot(vx[v] - nx[c], vy[v] - ny[c]);
            double s = 10
                    + 4 * Integer.bitCount(vInterests[v] & nInterests[c])
                    + 2 * Integer.bitCount(vSlots[v] & nSlots[c])
                    + 6 * Integer.bitCount(vOffers[v] & nNeeds[c])
                    + Math.max(0, 10 - km)
                    + nWaiting[c] / 32.0;
            return Math.round(s * 64) / 64.0;
        }
    }

    static void generate(String kind, int n, long seed, Path file, boolean uniform) throws IOException {
        boolean dense = kind.equals("dense");
        double allowed = dense ? 0.9 : 0.05;
        Generator g = new Generator(n, seed, uniform);
        SplittableRandom pairs = new SplittableRandom(seed * 31 + 7);
        try (FileChannel ch = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            if (dense) {
                writeHeader(ch, 0, n, n, (long) n * n);
                ByteBuffer buf = ByteBuffer.allocate(8 * n).order(ByteOrder.LITTLE_ENDIAN);
                for (int v = 0; v < n; v++) {
                    buf.clear();
                    for (int c = 0; c < n; c++) {
                        buf.putDouble(pairs.nextDouble() < allowed ? g.score(v, c) : 0);
                    }
                    buf.flip();
                    writeFully(ch, buf);
                }
            } else {
                int[] rowStart = new int[n + 1];
                int[] cols = new int[(int) (n * (long) n * allowed * 1.2) + 16];
                double[] weights = new double[cols.length];
                int k = 0;
                for (int v = 0; v < n; v++) {
                    for (int c = 0; c < n; c++) {
                        if (pairs.nextDouble() < allowed) {
                            if (k == cols.length) {
                                cols = Arrays.copyOf(cols, k * 2);
                                weights = Arrays.copyOf(weights, k * 2);
                            }
                            cols[k] = c;
                            weights[k++] = g.score(v, c);
                        }
                    }
                    rowStart[v + 1] = k;
                }
                writeHeader(ch, 1, n, n, k);
                writeInts(ch, rowStart, n + 1);
                writeInts(ch, cols, k);
                writeDoubles(ch, weights, k);
            }
        }
    }

    private static void writeHeader(FileChannel ch, int kind, int rows, int cols, long nnz) throws IOException {
        ByteBuffer h = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
        h.put(MAGIC).putInt(kind).putInt(rows).putInt(cols).putLong(nnz).flip();
        writeFully(ch, h);
    }

    private static void writeInts(FileChannel ch, int[] a, int count) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < count; i++) {
            if (buf.remaining() < 4) {
                buf.flip();
                writeFully(ch, buf);
                buf.clear();
            }
            buf.putInt(a[i]);
        }
        buf.flip();
        writeFully(ch, buf);
    }

    private static void writeDoubles(FileChannel ch, double[] a, int count) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < count; i++) {
            if (buf.remaining() < 8) {
                buf.flip();
                writeFully(ch, buf);
                buf.clear();
            }
            buf.putDouble(a[i]);
        }
        buf.flip();
        writeFully(ch, buf);
    }

    private static void writeFully(FileChannel ch, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Solve

    /** An instance as read from a file: dense matrix or CSR, never both. */
    record Instance(int kind, int rows, int columns, double[][] dense, int[] rowStart, int[] cols, double[] w) {}

    static Instance read(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer h = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
            while (h.hasRemaining() && ch.read(h) >= 0) {}
            h.flip();
            byte[] magic = new byte[8];
            h.get(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IOException("not a QMATCH1 file: " + file);
            }
            int kind = h.getInt();
            int rows = h.getInt();
            int columns = h.getInt();
            long nnz = h.getLong();
            if (kind == 0) {
                double[][] dense = new double[rows][columns];
                long rowBytes = 8L * columns;
                for (int r = 0; r < rows; r++) {
                    MappedByteBuffer m = ch.map(FileChannel.MapMode.READ_ONLY, HEADER + r * rowBytes, rowBytes);
                    m.order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(dense[r]);
                }
                return new Instance(kind, rows, columns, dense, null, null, null);
            }
            MappedByteBuffer m = ch.map(FileChannel.MapMode.READ_ONLY, HEADER, size - HEADER);
            m.order(ByteOrder.LITTLE_ENDIAN);
            int[] rowStart = new int[rows + 1];
            int[] cols = new int[(int) nnz];
            double[] w = new double[(int) nnz];
            m.asIntBuffer().get(rowStart);
            m.position(4 * (rows + 1));
            m.slice().order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(cols);
            m.position(4 * (rows + 1) + 4 * (int) nnz);
            m.slice().order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(w);
            return new Instance(kind, rows, columns, null, rowStart, cols, w);
        }
    }

    /** The same scores in the contract's sparse form. */
    record Csr(int[] rowStart, int[] cols, double[] w) {}

    static int[] solveOnce(Instance in, Csr csr) {
        if (csr != null) {
            return Assignment.maximise(in.rows(), in.columns(), csr.rowStart(), csr.cols(), csr.w());
        }
        if (in.kind() == 0) {
            return Assignment.maximise(in.dense());
        }
        return Assignment.maximise(in.rows(), in.columns(), in.rowStart(), in.cols(), in.w());
    }

    /** Dense instances also in CSR, to time the contract entry point (which picks the dense code itself). */
    private static Csr csrOf(Instance in) {
        int rows = in.rows();
        int columns = in.columns();
        long nnz = 0;
        for (double[] row : in.dense()) {
            for (double x : row) {
                if (x > 0) {
                    nnz++;
                }
            }
        }
        int[] rowStart = new int[rows + 1];
        int[] cols = new int[(int) nnz];
        double[] w = new double[(int) nnz];
        int k = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (in.dense()[r][c] > 0) {
                    cols[k] = c;
                    w[k++] = in.dense()[r][c];
                }
            }
            rowStart[r + 1] = k;
        }
        return new Csr(rowStart, cols, w);
    }

    static void solve(Path file, Path out, int runs) throws IOException {
        Instance in = read(file);
        warmUp(in.kind());
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().threadId();
        boolean alsoCsr = in.kind() == 0;
        Csr csr = alsoCsr ? csrOf(in) : null;
        double[] times = new double[runs];
        double[] csrTimes = new double[runs];
        long alloc = 0;
        int[] result = null;
        for (int r = 0; r < runs; r++) {
            System.gc();
            clearPeakRss();
            long a0 = threads.getThreadAllocatedBytes(tid);
            long t0 = System.nanoTime();
            result = solveOnce(in, null);
            times[r] = (System.nanoTime() - t0) / 1e9;
            alloc = threads.getThreadAllocatedBytes(tid) - a0;
            if (alsoCsr) {
                System.gc();
                long t1 = System.nanoTime();
                int[] viaCsr = solveOnce(in, csr);
                csrTimes[r] = (System.nanoTime() - t1) / 1e9;
                if (total(in, viaCsr) != total(in, result)) {
                    throw new IllegalStateException("CSR entry and dense overload disagree");
                }
            }
        }
        long peakRss = peakRssBytes();
        try (BufferedWriter wr = Files.newBufferedWriter(out)) {
            for (int c : result) {
                wr.write(Integer.toString(c));
                wr.newLine();
            }
        }
        // one machine-readable line: times of every run, solver allocation, process peak RSS, total weight
        System.out.printf(
                Locale.ROOT,
                "java times=%s csr_times=%s alloc_bytes=%d peak_rss_bytes=%d total=%.6f assigned=%d%n",
                join(times),
                alsoCsr ? join(csrTimes) : "-",
                alloc,
                peakRss,
                total(in, result),
                Arrays.stream(result).filter(c -> c >= 0).count());
    }

    /** Lets the JIT compile the solver on a smaller instance of the same kind before timing. */
    private static void warmUp(int kind) throws IOException {
        Path tmp = Files.createTempFile("assignment-warmup", ".bin");
        try {
            generate(kind == 0 ? "dense" : "sparse", kind == 0 ? 800 : 3000, 99, tmp, false);
            Instance small = read(tmp);
            Csr csr = kind == 0 ? csrOf(small) : null;
            for (int i = 0; i < 4; i++) {
                solveOnce(small, null);
                if (csr != null) {
                    solveOnce(small, csr);
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static double total(Instance in, int[] assignment) {
        double sum = 0;
        boolean[] used = new boolean[in.columns()];
        for (int r = 0; r < assignment.length; r++) {
            int c = assignment[r];
            if (c < 0) {
                continue;
            }
            if (used[c]) {
                throw new IllegalStateException("column used twice: " + c);
            }
            used[c] = true;
            sum += weight(in, r, c);
        }
        return sum;
    }

    private static double weight(Instance in, int r, int c) {
        if (in.kind() == 0) {
            return in.dense()[r][c];
        }
        double best = 0;
        for (int e = in.rowStart()[r]; e < in.rowStart()[r + 1]; e++) {
            if (in.cols()[e] == c) {
                best = Math.max(best, in.w()[e]);
            }
        }
        if (best == 0) {
            throw new IllegalStateException("pair not allowed: " + r + ", " + c);
        }
        return best;
    }

    private static String join(double[] a) {
        StringBuilder sb = new StringBuilder();
        for (double x : a) {
            if (!sb.isEmpty()) {
                sb.append(',');
            }
            sb.append(String.format(Locale.ROOT, "%.4f", x));
        }
        return sb.toString();
    }

    /** Linux: writing 5 to clear_refs resets VmHWM, so the next reading is the peak since this point. */
    private static void clearPeakRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | RuntimeException e) {
            // not Linux or not allowed: the peak then covers the whole process
        }
    }

    private static long peakRssBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return -1;
    }
}
