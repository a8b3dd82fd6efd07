#!/usr/bin/env bash
# Matching benchmark: Assignment (Java) vs scipy on the same score files, interleaved, medians.
# Usage (from the repository root, after ./mvnw -o -q test-compile):
#   bench/matching/run.sh                      # uniform scores, all sizes, dense and sparse
#   MODEL=profile SIZES="500 2000" bench/matching/run.sh
# Env: MODEL (uniform|profile), SIZES, KINDS, ROUNDS (java/scipy process pairs per instance), DIR, JAVA.
set -euo pipefail
cd "$(dirname "$0")/../.."
MODEL=${MODEL:-uniform}
SIZES=${SIZES:-"500 2000 5000 10000"}
KINDS=${KINDS:-"dense sparse"}
ROUNDS=${ROUNDS:-3}
DIR=${DIR:-/tmp/matching-bench}
JAVA=${JAVA:-${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java}
CP=target/classes:target/test-classes
mkdir -p "$DIR"
RAW="$DIR/raw-$MODEL.txt"
: > "$RAW"
for n in $SIZES; do
  for kind in $KINDS; do
    f="$DIR/$MODEL-$kind-$n.bin"
    "$JAVA" -cp "$CP" de.quartier.matching.AssignmentBench gen "$kind" "$n" 1 "$f" "$MODEL"
    # small instances: several timed runs per process; large ones: one (each round is a fresh process)
    runs=$(( n <= 2000 ? 5 : 1 ))
    for r in $(seq "$ROUNDS"); do
      j=$("$JAVA" -Xmx8g -cp "$CP" de.quartier.matching.AssignmentBench solve "$f" "$f.java.txt" "$runs")
      echo "$n $kind $j" | tee -a "$RAW"
      s=$(python3 bench/matching/scipy_solve.py "$f" "$f.java.txt" "$runs" "$f.scipy.txt")
      echo "$n $kind $s" | tee -a "$RAW"
    done
    rm -f "$f"
  done
done
python3 - "$RAW" "$MODEL" <<'PY'
import re, statistics, sys
rows = {}
for line in open(sys.argv[1]):
    n, kind, who, rest = line.split(" ", 3)
    kv = dict(re.findall(r"(\w+)=(\S+)", rest))
    r = rows.setdefault((int(n), kind), {"java": [], "csr": [], "scipy": [], "alloc": 0, "jrss": 0, "srss": 0, "sextra": 0, "gap": 0.0})
    if who == "java":
        r["java"] += [float(t) for t in kv["times"].split(",")]
        if kv["csr_times"] != "-":
            r["csr"] += [float(t) for t in kv["csr_times"].split(",")]
        r["alloc"] = max(r["alloc"], int(kv["alloc_bytes"]))
        r["jrss"] = max(r["jrss"], int(kv["peak_rss_bytes"]))
    else:
        r["scipy"] += [float(t) for t in kv["times"].split(",")]
        r["srss"] = max(r["srss"], int(kv["peak_rss_bytes"]))
        r["sextra"] = max(r["sextra"], int(kv["peak_rss_bytes"]) - int(kv["input_rss_bytes"]))
        r["gap"] = max(r["gap"], abs(float(kv["gap"])))
mib = lambda b: "%.2f" % (b / 2**20)
print(f"\nmodel: {sys.argv[2]}")
print("| size | kind | Java s (median) | Java via CSR entry s | scipy s (median) | Java ÷ scipy | Java solver alloc MiB | Java peak RSS MiB | scipy peak RSS MiB (over input) | gap |")
print("|---|---|---|---|---|---|---|---|---|---|")
for (n, kind), r in sorted(rows.items()):
    j, s = statistics.median(r["java"]), statistics.median(r["scipy"])
    c = "%.3f" % statistics.median(r["csr"]) if r["csr"] else "–"
    print(f"| {n:,} | {kind} | {j:.3f} | {c} | {s:.3f} | {j/s:.2f} | {mib(r['alloc'])} | {mib(r['jrss'])} | {mib(r['srss'])} (+{mib(r['sextra'])}) | {r['gap']:g} |")
print(f"\nruns per cell: java {len(r['java'])}, scipy {len(r['scipy'])} (last cell); raw lines in {sys.argv[1]}")
PY
