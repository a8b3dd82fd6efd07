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
RAW="$DIR/raw-$MODEL-${KINDS// /-}-${SIZES// /-}.txt"
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
python3 bench/matching/table.py "$RAW" "$MODEL"
