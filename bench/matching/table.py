#!/usr/bin/env python3
"""Table of the matching benchmark from run.sh's raw lines: python3 table.py RAW MODEL.

"worst round" is the largest Java ÷ scipy ratio of one round (a Java process and the scipy process right after
it), which is less exposed to load changes on a shared machine than the ratio of the overall medians.
"""
import re, statistics, sys
rows = {}
for line in open(sys.argv[1]):
    n, kind, who, rest = line.split(" ", 3)
    kv = dict(re.findall(r"(\w+)=(\S+)", rest))
    r = rows.setdefault((int(n), kind), {"java": [], "csr": [], "scipy": [], "alloc": 0, "jrss": 0, "srss": 0, "sextra": 0, "gap": 0.0, "pairs": []})
    times = [float(t) for t in kv["times"].split(",")]
    if who == "java":
        r["java"] += times
        r["pairs"].append([statistics.median(times)])
        if kv["csr_times"] != "-":
            r["csr"] += [float(t) for t in kv["csr_times"].split(",")]
        r["alloc"] = max(r["alloc"], int(kv["alloc_bytes"]))
        r["jrss"] = max(r["jrss"], int(kv["peak_rss_bytes"]))
    else:
        r["scipy"] += times
        r["pairs"][-1].append(statistics.median(times))
        r["srss"] = max(r["srss"], int(kv["peak_rss_bytes"]))
        r["sextra"] = max(r["sextra"], int(kv["peak_rss_bytes"]) - int(kv["input_rss_bytes"]))
        r["gap"] = max(r["gap"], abs(float(kv["gap"])))
mib = lambda b: "%.2f" % (b / 2**20)
print(f"\nmodel: {sys.argv[2]}")
print("| size | kind | Java s (median) | Java via CSR entry s | scipy s (median) | Java ÷ scipy | worst round | Java solver alloc MiB | Java peak RSS MiB | scipy peak RSS MiB (over input) | gap |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for (n, kind), r in sorted(rows.items()):
    j, s = statistics.median(r["java"]), statistics.median(r["scipy"])
    c = "%.3f" % statistics.median(r["csr"]) if r["csr"] else "–"
    worst = max(p[0] / p[1] for p in r["pairs"] if len(p) == 2)
    print(f"| {n:,} | {kind} | {j:.3f} | {c} | {s:.3f} | {j/s:.2f} | {worst:.2f} | {mib(r['alloc'])} | {mib(r['jrss'])} | {mib(r['srss'])} (+{mib(r['sextra'])}) | {r['gap']:g} |")
print(f"\nruns per cell: java {len(r['java'])}, scipy {len(r['scipy'])} (last cell); raw lines in {sys.argv[1]}")
