#!/usr/bin/env bash
# Cold start, whole process: wall time and peak RSS of fresh JVMs, several runs of each case, median and max.
# Usage (from the repository root, after `mvn -B -q package -DskipTests`): bash benchmarks/coldstart.sh [RUNS]
# Needs GNU time (/usr/bin/time, Debian package `time`). Run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
cli=examples/cli/target/cvmatch.jar
launcher=examples/cli/target/cvmatch
bench=benchmarks/target/benchmarks.jar
job=benchmarks/coldstart/job-java-backend-en.txt
cv=examples/samples/daniel-okafor-en.pdf
for f in "$cli" "$bench"; do
    [ -f "$f" ] || { echo "missing $f: run mvn -B -q package -DskipTests first" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 1; }
timing=$(mktemp)
jsa=$(mktemp -u).jsa
trap 'rm -f "$timing" "$jsa"' EXIT

# one case: label, then the command; prints the median and max wall time (s) and the median and max peak RSS (MB)
measure() {
    local label="$1"; shift
    local walls=() rss=()
    for _ in $(seq 1 "$runs"); do
        local out
        /usr/bin/time -o "$timing" -f '%e %M' "$@" >/dev/null 2>&1
        out=$(tail -n 1 "$timing")
        walls+=("${out% *}"); rss+=("${out#* }")
    done
    python3 - "$label" "${walls[*]}" "${rss[*]}" <<'PY'
import statistics, sys
label, walls, rss = sys.argv[1], [float(x) for x in sys.argv[2].split()], [int(x) / 1024 for x in sys.argv[3].split()]
print(f"| {label} | {statistics.median(walls):.2f} | {max(walls):.2f} | {statistics.median(rss):.0f} | {max(rss):.0f} |")
PY
}

# in-process figure of FirstCv: median of its printed milliseconds
first_cv() {
    local key="$1"; shift
    local values=()
    for _ in $(seq 1 "$runs"); do
        values+=("$("$@" 2>/dev/null | sed -n "s/^$key=\([0-9]*\).*/\1/p")")
    done
    python3 -c "import statistics,sys; v=[int(x) for x in sys.argv[1:]]; print(f'{statistics.median(v):.0f} ms (min {min(v)}, max {max(v)})')" "${values[@]}"
}

echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | sed -n 1p), load $(cut -d' ' -f1-3 /proc/loadavg), $runs runs each"
echo
echo "| case | wall median (s) | wall max (s) | RSS median (MB) | RSS max (MB) |"
echo "|---|---|---|---|---|"
measure "java -jar cvmatch.jar parse 1 PDF" java -jar "$cli" parse "$cv"
[ -x "$launcher" ] && measure "cvmatch parse 1 PDF (launcher: CDS archive)" "$launcher" parse "$cv"
measure "java -jar cvmatch.jar rank 6 samples, MiniLM" java -jar "$cli" rank --job "$job" examples/samples
[ -x "$launcher" ] && measure "cvmatch rank 6 samples, MiniLM (launcher)" "$launcher" rank --job "$job" examples/samples
measure "java -jar cvmatch.jar rank 6 samples, lexical only" java -Dcvmatch.embedding.lexicalOnly=true -jar "$cli" rank --job "$job" examples/samples
[ -x "$launcher" ] && measure "cvmatch rank 6 samples, lexical only (launcher)" env JAVA_OPTS=-Dcvmatch.embedding.lexicalOnly=true "$launcher" rank --job "$job" examples/samples
echo
echo "Host application (FirstCv, time since the JVM started):"
echo "- first CV parsed: $(first_cv first-cv-ms java -cp "$bench" dev.cvmatch.benchmarks.FirstCv "$cv")"
echo "- first CV parsed and matched (MiniLM): $(first_cv first-match-ms java -cp "$bench" dev.cvmatch.benchmarks.FirstCv "$cv" "$job")"
echo "- first CV parsed and matched (lexical only): $(first_cv first-match-ms java -Dcvmatch.embedding.lexicalOnly=true -cp "$bench" dev.cvmatch.benchmarks.FirstCv "$cv" "$job")"
# the AppCDS recipe of the README for host applications: one training run writes the archive, later runs map it
java -XX:ArchiveClassesAtExit="$jsa" -cp "$bench" dev.cvmatch.benchmarks.FirstCv "$cv" "$job" >/dev/null 2>&1
cds="-XX:SharedArchiveFile=$jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
# shellcheck disable=SC2086
echo "- first CV parsed, AppCDS archive: $(first_cv first-cv-ms java $cds -cp "$bench" dev.cvmatch.benchmarks.FirstCv "$cv")"
# shellcheck disable=SC2086
echo "- first CV parsed and matched (MiniLM), AppCDS archive: $(first_cv first-match-ms java $cds -cp "$bench" dev.cvmatch.benchmarks.FirstCv "$cv" "$job")"
