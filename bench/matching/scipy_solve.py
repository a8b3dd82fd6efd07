#!/usr/bin/env python3
"""Reference solver for the matching benchmark: reads a QMATCH1 score file (see README.md), solves it with
scipy, times the solver call, and compares the total weight with the Java assignment file.

    python3 scipy_solve.py SCORES.bin JAVA_ASSIGNMENT.txt RUNS [SCIPY_ASSIGNMENT_OUT.txt]

Dense: scipy.optimize.linear_sum_assignment(W, maximize=True); a 0 entry ("not allowed") is an ordinary pair
of weight 0, which gives the same optimum total as leaving both sides free.

Sparse: scipy.sparse.csgraph.min_weight_full_bipartite_matching needs a full matching, and maximises the
weight of a *full* matching, not of any matching. So every row gets a private dummy column: rows x
(columns + rows), real pair cost K - w, dummy cost K, with K = max w + 1 (strictly positive, so no explicit
zeros). Every row is then matched; total cost = rows*K - (weight of the real pairs), so the minimum-cost full
matching is exactly a maximum-weight matching of the original problem (rows on dummies stay free).

Prints one line: scipy times=... peak_rss_bytes=... input_rss_bytes=... total=... java_total=... gap=...
"""
import statistics
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching

HEADER = 28


def read(path):
    with open(path, "rb") as f:
        head = f.read(HEADER)
    if head[:8] != b"QMATCH1\n":
        raise SystemExit(f"not a QMATCH1 file: {path}")
    kind, rows, cols = np.frombuffer(head[8:20], dtype="<i4")
    nnz = int(np.frombuffer(head[20:28], dtype="<i8")[0])
    if kind == 0:
        w = np.fromfile(path, dtype="<f8", count=rows * cols, offset=HEADER).reshape(rows, cols)
        return kind, rows, cols, w
    row_start = np.fromfile(path, dtype="<i4", count=rows + 1, offset=HEADER)
    colidx = np.fromfile(path, dtype="<i4", count=nnz, offset=HEADER + 4 * (rows + 1))
    weights = np.fromfile(path, dtype="<f8", count=nnz, offset=HEADER + 4 * (rows + 1) + 4 * nnz)
    return kind, rows, cols, (row_start, colidx, weights)


def with_dummies(rows, cols, csr):
    """rows x (cols + rows) cost matrix; built outside the timed call (the Java time includes its own)."""
    row_start, colidx, weights = csr
    k = float(weights.max()) + 1.0 if len(weights) else 1.0
    counts = np.diff(row_start)
    new_start = row_start + np.arange(rows + 1, dtype=np.int64)
    data = np.empty(len(weights) + rows)
    indices = np.empty(len(weights) + rows, dtype=np.int32)
    # each row: its real entries, then its dummy column cols + r
    pos_real = np.repeat(new_start[:-1] - row_start[:-1], counts) + np.arange(len(weights))
    data[pos_real] = k - weights
    indices[pos_real] = colidx
    dummy_pos = new_start[1:] - 1
    data[dummy_pos] = k
    indices[dummy_pos] = cols + np.arange(rows, dtype=np.int32)
    return csr_matrix((data, indices, new_start), shape=(rows, cols + rows))


def rss(field):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field):
                return int(line.split()[1]) * 1024
    return -1


def clear_peak():
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


def weight_lookup(kind, data):
    if kind == 0:
        return lambda r, c: float(data[r, c])
    row_start, colidx, weights = data

    def lookup(r, c):
        lo, hi = row_start[r], row_start[r + 1]
        hit = np.nonzero(colidx[lo:hi] == c)[0]
        if len(hit) == 0:
            raise SystemExit(f"pair ({r}, {c}) not allowed")
        return float(weights[lo + hit].max())

    return lookup


def total(kind, data, cols, assignment):
    lookup = weight_lookup(kind, data)
    used = set()
    s = 0.0
    for r, c in enumerate(assignment):
        if c < 0:
            continue
        if c in used:
            raise SystemExit(f"column {c} used twice")
        used.add(c)
        s += lookup(r, c)
    return s


def main():
    path, java_path, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    out = sys.argv[4] if len(sys.argv) > 4 else None
    kind, rows, cols, data = read(path)
    problem = data if kind == 0 else with_dummies(rows, cols, data)
    input_rss = rss("VmRSS:")
    times = []
    peak = 0
    assignment = None
    for _ in range(runs):
        clear_peak()
        t0 = time.perf_counter()
        if kind == 0:
            r, c = linear_sum_assignment(problem, maximize=True)
        else:
            r, c = min_weight_full_bipartite_matching(problem)
        times.append(time.perf_counter() - t0)
        peak = max(peak, rss("VmHWM:"))
        assignment = np.full(rows, -1, dtype=np.int64)
        assignment[r] = c
        assignment[assignment >= cols] = -1  # dummies: row stays free
        if kind == 0:
            assignment[[i for i in range(rows) if assignment[i] >= 0 and data[i, assignment[i]] == 0]] = -1
    scipy_total = total(kind, data, cols, assignment)
    java = np.loadtxt(java_path, dtype=np.int64, ndmin=1)
    if len(java) != rows:
        raise SystemExit(f"Java assignment has {len(java)} rows, expected {rows}")
    java_total = total(kind, data, cols, java)
    if out:
        np.savetxt(out, assignment, fmt="%d")
    print(
        "scipy times=%s peak_rss_bytes=%d input_rss_bytes=%d total=%.6f java_total=%.6f gap=%.6g median=%.4f"
        % (
            ",".join("%.4f" % t for t in times),
            peak,
            input_rss,
            scipy_total,
            java_total,
            scipy_total - java_total,
            statistics.median(times),
        )
    )


if __name__ == "__main__":
    main()
